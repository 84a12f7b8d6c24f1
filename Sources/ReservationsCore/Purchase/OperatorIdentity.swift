import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who is at the keyboard: the account from the password database (what the process runs as, which an operator
/// cannot change by setting a variable), the login the environment claims when it says something else, and, over
/// SSH, the client's address as `SSH_CLIENT` claims it. Recorded in every audit record.
public struct OperatorIdentity: Codable, Hashable, Sendable {
    /// The account name for the process's user ID (`getpwuid(getuid())`), else `uid N`.
    public var login: String
    /// `USER` (or `LOGNAME`) when it differs from `login`: a claim, recorded beside the account, never instead of it.
    public var claimedLogin: String?
    /// The SSH client's address (`SSH_CLIENT`/`SSH_CONNECTION`), nil for a local session. A claim of the environment.
    public var sshClient: String?

    public init(login: String, claimedLogin: String? = nil, sshClient: String?) {
        self.login = login
        self.claimedLogin = claimedLogin
        self.sshClient = sshClient
    }

    /// The password database's account, `USER`/`LOGNAME` as a claim when it differs, and `SSH_CLIENT` or
    /// `SSH_CONNECTION`'s first word.
    public static func current(
        environment: [String: String] = ProcessInfo.processInfo.environment, account: String? = passwordDatabaseLogin()
    ) -> OperatorIdentity {
        let login = account ?? "uid \(getuid())"
        let claimed = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
        let ssh = [environment["SSH_CLIENT"], environment["SSH_CONNECTION"]].compactMap { $0 }.first { !$0.isEmpty }
            .flatMap { $0.split(separator: " ").first.map(String.init) }
        return OperatorIdentity(login: login, claimedLogin: claimed == login ? nil : claimed, sshClient: ssh)
    }

    /// The account name of the process's real user ID.
    public static func passwordDatabaseLogin() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
