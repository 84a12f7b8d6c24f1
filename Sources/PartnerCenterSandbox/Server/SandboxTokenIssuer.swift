import Foundation
import Hummingbird

/// Issues and checks the sandbox's tokens, like Entra ID does for Partner Center: access tokens (any
/// grant), rotating refresh tokens, and device-code authorizations that a person approves or denies
/// on `/sandbox/device`. State lives in memory: restarting the sandbox signs everybody out, as a real
/// token expiry would.
public actor SandboxTokenIssuer {
    /// The client ID the sandbox accepts (client credentials with the secret; device code and refresh
    /// token also as a public client, without it).
    public static let clientID = "pcres-sandbox"
    /// Sandbox-only shortcut for the built-in sandbox session: a client-credentials request whose scope asks for
    /// `user_impersonation` gets a *user* token (Entra would refuse it), standing in for an operator who signed in,
    /// so the built-in sandbox shows prices without a device-code sign-in. Any other client-credentials token is
    /// app-only.
    public static let userScope = "https://api.partner.microsoft.com/user_impersonation"
    /// Sandbox-only credential. It guards nothing real; it exists so the client runs its real sign-in path.
    public static let clientSecret = "sandbox-secret"

    /// Lifetimes and pacing; the defaults are Entra's usual values.
    public struct Settings: Sendable {
        /// Seconds an access token works.
        public var accessTokenLifetime: TimeInterval
        /// Seconds a device code can be approved and redeemed.
        public var deviceCodeLifetime: TimeInterval
        /// Seconds a client must wait between device-code polls (faster gets `slow_down`).
        public var pollingInterval: TimeInterval

        public init(accessTokenLifetime: TimeInterval = 3600, deviceCodeLifetime: TimeInterval = 900, pollingInterval: TimeInterval = 5) {
            self.accessTokenLifetime = accessTokenLifetime
            self.deviceCodeLifetime = deviceCodeLifetime
            self.pollingInterval = pollingInterval
        }
    }

    /// What a device-code poll gets.
    enum PollOutcome: Equatable {
        case tokens(IssuedTokens)
        case pending
        case slowDown
        case expired
        case declined
        case unknown
    }

    /// What approving or denying a user code did.
    enum Decision: Equatable {
        case approved, denied, unknown, expired, alreadyDecided
    }

    /// An access token and, for user grants, a refresh token.
    struct IssuedTokens: Equatable {
        var accessToken: String
        var expiresIn: Int
        var refreshToken: String?
        var scope: String
    }

    /// A device code waiting for its person.
    struct DeviceAuthorization {
        enum State { case pending, approved, denied }
        var userCode: String
        var clientID: String
        var scope: String
        var expiresAt: Date
        var interval: TimeInterval
        var state: State = .pending
        var lastPoll: Date?
    }

    /// What an access token stands for: until when, for which origin, and whether a user signed in.
    struct AccessGrant: Equatable {
        var expiresAt: Date
        var audience: SandboxAudience
        /// True for the client-credentials grant (no user): the price sheet refuses such tokens.
        var isAppOnly: Bool
    }

    /// What a refresh token stands for.
    private struct RefreshGrant {
        var clientID: String
        var scope: String
    }

    private let settings: Settings
    private let now: @Sendable () -> Date
    private var accessGrants: [String: AccessGrant] = [:]
    private var refreshGrants: [String: RefreshGrant] = [:]
    private var deviceCodes: [String: DeviceAuthorization] = [:]
    private var deviceCodesByUserCode: [String: String] = [:]

    public init(lifetime: TimeInterval = 3600) {
        self.init(settings: Settings(accessTokenLifetime: lifetime))
    }

    public init(settings: Settings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
    }

    /// A new access token for `audience`, valid for the access token lifetime.
    func issue(audience: SandboxAudience = .partnerCenter, isAppOnly: Bool = true) -> (token: String, expiresIn: Int) {
        let token = Self.randomToken(prefix: "sbx.")
        accessGrants[token] = AccessGrant(
            expiresAt: now().addingTimeInterval(settings.accessTokenLifetime), audience: audience, isAppOnly: isAppOnly)
        return (token, Int(settings.accessTokenLifetime))
    }

    /// What an unexpired token stands for; nil for an unknown or expired one.
    func grant(for token: String) -> AccessGrant? {
        guard let grant = accessGrants[token], grant.expiresAt > now() else { return nil }
        return grant
    }

    /// What the request's bearer token stands for; nil without one or for an unknown or expired one.
    func grant(bearing request: Request) -> AccessGrant? {
        PartnerCenterHeadersMiddleware<SandboxRequestContext>.bearerToken(request).flatMap { grant(for: $0) }
    }

    /// True when the token is current and was issued for `audience`.
    func isValid(_ token: String, for audience: SandboxAudience = .partnerCenter) -> Bool {
        grant(for: token)?.audience == audience
    }

    // MARK: - Refresh tokens

    /// Redeems a refresh token once: the old one stops working and a new one comes back with the access token.
    /// As with Entra, one sign-in's refresh token buys access tokens for any origin: `scope` (v2) or `resource`
    /// (v1) names the one wanted, else the one signed in for. Nil when the token is unknown, already used, or
    /// belongs to another client.
    func redeem(refreshToken: String, clientID: String, scope: String?) -> IssuedTokens? {
        guard let grant = refreshGrants[refreshToken], grant.clientID == clientID else { return nil }
        refreshGrants[refreshToken] = nil
        return issueUserTokens(clientID: clientID, scope: scope ?? grant.scope)
    }

    private func issueUserTokens(clientID: String, scope: String) -> IssuedTokens {
        let (access, expiresIn) = issue(audience: SandboxAudience.read(scope) ?? .partnerCenter, isAppOnly: false)
        let refresh = Self.randomToken(prefix: "sbxr.")
        refreshGrants[refresh] = RefreshGrant(clientID: clientID, scope: scope)
        return IssuedTokens(accessToken: access, expiresIn: expiresIn, refreshToken: refresh, scope: scope)
    }

    // MARK: - Device code

    /// Starts a device-code authorization. `lifetime` and `interval` override the settings (the sandbox
    /// accepts them from the request so tests and trainers can use short codes).
    func startDeviceAuthorization(clientID: String, scope: String, lifetime: TimeInterval?, interval: TimeInterval?)
        -> (deviceCode: String, authorization: DeviceAuthorization, expiresIn: Int)
    {
        let deviceCode = Self.randomToken(prefix: "sbxd.")
        var userCode = Self.makeUserCode()
        while deviceCodesByUserCode[userCode] != nil { userCode = Self.makeUserCode() }
        let seconds = lifetime ?? settings.deviceCodeLifetime
        let authorization = DeviceAuthorization(
            userCode: userCode, clientID: clientID, scope: scope, expiresAt: now().addingTimeInterval(seconds),
            interval: interval ?? settings.pollingInterval)
        deviceCodes[deviceCode] = authorization
        deviceCodesByUserCode[userCode] = deviceCode
        return (deviceCode, authorization, Int(seconds))
    }

    /// One poll of the device-code grant. Order as in RFC 8628: a decided or expired code answers
    /// at once; only a pending one is rate-limited (the first poll is always accepted).
    func poll(deviceCode: String, clientID: String) -> PollOutcome {
        guard var authorization = deviceCodes[deviceCode], authorization.clientID == clientID else { return .unknown }
        let time = now()
        if time >= authorization.expiresAt { return .expired }
        switch authorization.state {
        case .denied:
            return .declined
        case .approved:
            forget(deviceCode: deviceCode)
            return .tokens(issueUserTokens(clientID: clientID, scope: authorization.scope))
        case .pending:
            defer { deviceCodes[deviceCode] = authorization }
            let previous = authorization.lastPoll
            authorization.lastPoll = time
            if let previous, time.timeIntervalSince(previous) < authorization.interval { return .slowDown }
            return .pending
        }
    }

    /// Approves (`approve == true`) or denies a user code, as the person on the verification page does.
    func decide(userCode: String, approve: Bool) -> Decision {
        guard let deviceCode = deviceCodesByUserCode[Self.normalize(userCode)], var authorization = deviceCodes[deviceCode] else {
            return .unknown
        }
        if now() >= authorization.expiresAt { return .expired }
        guard authorization.state == .pending else { return .alreadyDecided }
        authorization.state = approve ? .approved : .denied
        deviceCodes[deviceCode] = authorization
        return approve ? .approved : .denied
    }

    private func forget(deviceCode: String) {
        if let userCode = deviceCodes[deviceCode]?.userCode { deviceCodesByUserCode[userCode] = nil }
        deviceCodes[deviceCode] = nil
    }

    // MARK: - Helpers

    /// Letters people do not confuse when typing (no vowels, no I/O/0/1).
    private static let userCodeAlphabet = Array("BCDFGHJKLMNPQRSTVWXZ")

    private static func makeUserCode() -> String {
        let letters = (0..<8).map { _ in String(userCodeAlphabet.randomElement() ?? "B") }
        return letters[0..<4].joined() + "-" + letters[4..<8].joined()
    }

    /// `abcd efgh`, `ABCDEFGH` and `ABCD-EFGH` are the same code.
    static func normalize(_ userCode: String) -> String {
        let letters = userCode.uppercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count == 8 else { return userCode.uppercased() }
        return String(letters.prefix(4)) + "-" + String(letters.suffix(4))
    }

    private static func randomToken(prefix: String) -> String {
        prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(8)
    }
}
