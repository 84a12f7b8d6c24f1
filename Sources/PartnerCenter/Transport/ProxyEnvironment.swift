import Foundation

/// The proxy settings of the environment, read the way curl reads them: `HTTPS_PROXY`/`https_proxy` for https
/// URLs, `HTTP_PROXY`/`http_proxy` for http URLs (the lower-case name wins, as in curl), and `NO_PROXY`/`no_proxy`
/// for hosts reached directly (`*`, exact hosts or IP addresses, and domain suffixes with or without a leading
/// dot). Loopback is always reached directly, as Go's `ProxyFromEnvironment` does: the built-in sandbox and test
/// servers live there, and a proxy cannot reach this machine's loopback anyway.
public struct ProxyEnvironment: Sendable, Hashable {
    /// One proxy server, with credentials when its URL carries them.
    public struct Server: Sendable, Hashable {
        public var host: String
        public var port: Int
        public var username: String?
        public var password: String?
    }

    public var httpsProxy: Server?
    public var httpProxy: Server?
    /// `NO_PROXY` entries, lower-cased and without a leading `*.` or `.`; `*` alone means every host.
    public var directHosts: [String]

    /// Why a proxy setting could not be used.
    public struct InvalidSetting: Error, Hashable, Sendable, CustomStringConvertible {
        public var variable: String
        public var description: String {
            "\(variable) is not a proxy URL pcres can use (expected http://HOST:PORT, optionally with USER:PASSWORD@)"
        }
    }

    public init(httpsProxy: Server? = nil, httpProxy: Server? = nil, directHosts: [String] = []) {
        self.httpsProxy = httpsProxy
        self.httpProxy = httpProxy
        self.directHosts = directHosts
    }

    /// Reads the variables from `environment`.
    /// - Throws: `InvalidSetting` naming the variable when a proxy URL is not `http://HOST[:PORT]`.
    public init(environment: [String: String]) throws {
        func server(_ names: [String]) throws -> Server? {
            for name in names {
                guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
                guard let parsed = Self.parse(text) else { throw InvalidSetting(variable: name) }
                return parsed
            }
            return nil
        }
        let noProxy = environment["no_proxy"] ?? environment["NO_PROXY"] ?? ""
        self.init(
            httpsProxy: try server(["https_proxy", "HTTPS_PROXY"]),
            httpProxy: try server(["http_proxy", "HTTP_PROXY"]),
            directHosts: noProxy.split(separator: ",").map { entry in
                var host = entry.trimmingCharacters(in: .whitespaces).lowercased()
                if host.hasPrefix("*.") { host.removeFirst(2) } else if host.hasPrefix(".") { host.removeFirst() }
                return host
            }.filter { !$0.isEmpty })
    }

    /// The proxy for `url`, or nil to connect directly.
    public func server(for url: URL) -> Server? {
        guard let host = url.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]")) else { return nil }
        if LoopbackHost.contains(host) || bypasses(host: host, port: url.port) { return nil }
        return url.scheme?.lowercased() == "https" ? httpsProxy : httpProxy
    }

    private func bypasses(host: String, port: Int?) -> Bool {
        directHosts.contains { entry in
            if entry == "*" { return true }
            var entryHost = entry
            // `host:port` limits the entry to one port; IPv6 addresses (several colons) are taken whole.
            let parts = entry.split(separator: ":")
            if parts.count == 2, let entryPort = Int(parts[1]) {
                guard port == entryPort else { return false }
                entryHost = String(parts[0])
            }
            entryHost = entryHost.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            return host == entryHost || host.hasSuffix("." + entryHost)
        }
    }

    /// `http://[USER[:PASSWORD]@]HOST[:PORT]`, or `HOST:PORT` without a scheme as curl accepts.
    static func parse(_ text: String) -> Server? {
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let components = URLComponents(string: withScheme), components.scheme?.lowercased() == "http",
            let host = components.host, !host.isEmpty
        else { return nil }
        let port = components.port ?? 80
        guard (1...65_535).contains(port) else { return nil }
        return Server(
            host: host, port: port, username: components.user?.removingPercentEncoding,
            password: components.password?.removingPercentEncoding)
    }
}
