import Foundation

/// Issues and checks the sandbox's bearer tokens, like Entra ID does for Partner Center.
/// Tokens live in memory: restarting the sandbox signs everybody out, as a real token expiry would.
public actor SandboxTokenIssuer {
    /// The client ID the sandbox accepts for the client-credentials grant.
    public static let clientID = "pcres-sandbox"
    /// Sandbox-only credential. It guards nothing real; it exists so the client runs its real sign-in path.
    public static let clientSecret = "sandbox-secret"

    private var expiries: [String: Date] = [:]
    private let lifetime: TimeInterval

    public init(lifetime: TimeInterval = 3600) { self.lifetime = lifetime }

    /// A new token valid for `lifetime` seconds.
    func issue(now: Date = Date()) -> (token: String, expiresIn: Int) {
        let token = "sbx." + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        expiries[token] = now.addingTimeInterval(lifetime)
        return (token, Int(lifetime))
    }

    func isValid(_ token: String, now: Date = Date()) -> Bool {
        guard let expiry = expiries[token] else { return false }
        return expiry > now
    }
}
