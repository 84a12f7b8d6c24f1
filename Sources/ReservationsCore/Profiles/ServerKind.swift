import Foundation

/// What kind of server a session's endpoint is, so the interface can say where the money goes: the `SANDBOX`
/// badge only for a sandbox, `LIVE` for Microsoft.
public enum ServerKind: String, Equatable, Sendable {
    /// The sandbox this run started in-process.
    case builtInSandbox
    /// A server that answered with ``sandboxHeader``: a `pcres sandbox serve` somewhere.
    case sandbox
    /// A Microsoft host (Partner Center, the Partner API, Graph; global or US Government): real purchases.
    case microsoft
    /// Anything else: a proxy, a test double, a mistyped endpoint. Neither badge, as we cannot vouch for it.
    case other

    /// The response header every answer of the pcres sandbox carries. Partner Center never sends it.
    public static let sandboxHeader = "X-Pcres-Sandbox"

    /// True for the built-in sandbox and a server that says it is the sandbox.
    public var isSandbox: Bool { self == .builtInSandbox || self == .sandbox }

    /// Domains whose hosts are Microsoft's: the commercial cloud and the US Government clouds.
    static let microsoftDomains = ["microsoft.com", "microsoft.us", "microsoftonline.com", "microsoftonline.us", "usgovcloudapi.net"]

    /// `.microsoft` for a host in one of Microsoft's domains (`api.partnercenter.microsoft.com`,
    /// `login.microsoftonline.us`), `.other` for any other host, loopback included: only a response proves a sandbox.
    public static func classify(host: String) -> ServerKind {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        // A whole label must match: `evilmicrosoft.com` and `microsoft.com.example` are not Microsoft's.
        let isMicrosoft = microsoftDomains.contains { name == $0 || name.hasSuffix("." + $0) }
        return isMicrosoft ? .microsoft : .other
    }

    /// The kind of a server that answered with `headers` (names in any case). A Microsoft host is `.microsoft`
    /// whatever it sends (money spent there is real); another host is `.sandbox` only when it says so.
    public static func classify(host: String, responseHeaders headers: [String: String]) -> ServerKind {
        let byName = classify(host: host)
        guard byName == .other else { return byName }
        let says = headers.contains { $0.key.caseInsensitiveCompare(sandboxHeader) == .orderedSame && $0.value == "1" }
        return says ? .sandbox : .other
    }
}
