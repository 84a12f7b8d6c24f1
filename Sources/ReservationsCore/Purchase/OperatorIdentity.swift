import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who is at the keyboard: the login name and, over SSH, the client's address. Recorded in every audit record.
public struct OperatorIdentity: Codable, Hashable, Sendable {
    public var login: String
    /// The SSH client's address (`SSH_CLIENT`/`SSH_CONNECTION`), nil for a local session.
    public var sshClient: String?

    public init(login: String, sshClient: String?) {
        self.login = login
        self.sshClient = sshClient
    }

    /// Reads `USER` or `LOGNAME`, falling back to the password database, and `SSH_CLIENT` or `SSH_CONNECTION`.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> OperatorIdentity {
        let login = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
            ?? passwordDatabaseLogin() ?? "uid \(getuid())"
        let ssh = [environment["SSH_CLIENT"], environment["SSH_CONNECTION"]].compactMap { $0 }.first { !$0.isEmpty }
            .flatMap { $0.split(separator: " ").first.map(String.init) }
        return OperatorIdentity(login: login, sshClient: ssh)
    }

    private static func passwordDatabaseLogin() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
