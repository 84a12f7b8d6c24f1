import Foundation
import PartnerCenter

/// Where the team ledger is: a PostgreSQL database named by `postgres://USER@HOST:PORT/DATABASE`, with the
/// password from `env:VAR` or `file:PATH` (never in the URL, argv or profiles.toml).
///
/// `PCRES_LEDGER` and `PCRES_LEDGER_PASSWORD` in the environment win over the profile's `ledger` and
/// `ledgerPassword`. TLS is required unless the host is this machine (127.0.0.0/8, ::1, localhost).
public struct LedgerConfiguration: Sendable, Equatable, CustomStringConvertible {
    public var username: String
    public var host: String
    public var port: Int
    public var database: String
    /// nil: the server asks for none (trust or peer authentication on loopback).
    public var password: Secret?
    /// True unless the host is loopback: nothing about purchases crosses a network in clear.
    public var requiresTLS: Bool

    /// `postgres://pcres@db.example.com:5432/pcres (TLS)`: what `ledger status` and errors show; no password.
    public var description: String {
        "postgres://\(username)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)\(requiresTLS ? " (TLS)" : " (loopback, no TLS)")"
    }

    public init(username: String, host: String, port: Int = 5432, database: String, password: Secret? = nil) {
        self.username = username
        self.host = host
        self.port = port
        self.database = database
        self.password = password
        self.requiresTLS = !LoopbackHost.contains(host)
    }

    /// The ledger for a profile, or nil when neither the profile nor `PCRES_LEDGER` names one (the local files).
    /// - Throws: ``ProfileError`` for a URL that is not `postgres://USER@HOST[:PORT]/DATABASE`, one that carries a
    ///   password, or a password source that cannot be read.
    public static func make(profile: Profile, environment: [String: String]) throws -> LedgerConfiguration? {
        func variable(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let fromEnvironment = variable("PCRES_LEDGER")
        guard let text = fromEnvironment ?? profile.ledger else { return nil }
        let origin = fromEnvironment != nil ? "PCRES_LEDGER" : "the ledger of profile \"\(profile.name)\""
        var configuration = try parse(text, origin: origin)
        let passwordSource: SecretSource?
        if let text = variable("PCRES_LEDGER_PASSWORD") {
            guard let source = SecretSource(text: text) else {
                throw ProfileError(message: "PCRES_LEDGER_PASSWORD must be \"env:VARIABLE\" or \"file:PATH\", not the password itself")
            }
            passwordSource = source
        } else {
            passwordSource = profile.ledgerPassword
        }
        configuration.password = try passwordSource?.resolve(environment: environment, profileName: profile.name, what: "ledger password")
        return configuration
    }

    /// Reads `postgres://USER@HOST[:PORT]/DATABASE` (or `postgresql://`).
    /// - Throws: ``ProfileError`` naming `origin`; the text is echoed only when it holds no password.
    public static func parse(_ text: String, origin: String) throws -> LedgerConfiguration {
        let shape = "must be postgres://USER@HOST:PORT/DATABASE"
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme?.lowercased() ?? "") else {
            throw ProfileError(message: "\(origin) \(shape)")
        }
        guard components.password == nil else {
            // Never echo it: the text holds a password.
            throw ProfileError(message: "\(origin) holds a password; put it in ledgerPassword = \"env:VAR\" or \"file:PATH\" (PCRES_LEDGER_PASSWORD) instead")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard let user = components.user, !user.isEmpty, let host = components.host, !host.isEmpty, !database.isEmpty,
            !database.contains("/"), components.query == nil
        else {
            throw ProfileError(message: "\(origin) \(shape), found \"\(text)\"")
        }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw ProfileError(message: "\(origin): port \(port) is out of range") }
        let bareHost = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return LedgerConfiguration(
            username: user.removingPercentEncoding ?? user, host: bareHost, port: port,
            database: database.removingPercentEncoding ?? database)
    }

}
