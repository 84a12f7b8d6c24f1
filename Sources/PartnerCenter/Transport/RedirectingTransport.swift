import Foundation

/// Follows redirects for Partner Center calls without ever carrying credentials to another origin.
///
/// - Same origin (scheme, host and port): followed with every header.
/// - Another origin: a GET or HEAD is followed without `Authorization`, `Cookie` and `Proxy-Authorization`
///   (a statement link may point at storage that authorises by its own URL); any other method is not followed,
///   as its body would go to a server nobody chose.
/// - https to plain http is never followed, nor are more than `maximumHops` redirects.
///
/// Token endpoints use the bare transport, which follows none: a redirected sign-in fails instead of sending
/// the client secret on.
public struct RedirectingTransport: HTTPTransport {
    public let base: any HTTPTransport
    public var maximumHops: Int

    /// Headers that identify the caller and never leave the origin they were meant for.
    static let credentialHeaders: Set<String> = ["authorization", "cookie", "proxy-authorization"]

    public init(_ base: any HTTPTransport, maximumHops: Int = 5) {
        self.base = base
        self.maximumHops = maximumHops
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var current = request
        var hops = 0
        while true {
            let response = try await base.send(current)
            guard [301, 302, 303, 307, 308].contains(response.status), let location = response.header("Location") else {
                return response
            }
            hops += 1
            guard hops <= maximumHops else {
                throw TransportFailure(reason: "more than \(maximumHops) redirects; not followed", isRetryable: false)
            }
            current = try Self.follow(current, status: response.status, location: location)
        }
    }

    /// The request a redirect asks for, or a failure saying why it is not followed.
    public static func follow(_ request: TransportRequest, status: Int, location: String) throws -> TransportRequest {
        guard let target = URL(string: location, relativeTo: request.url)?.absoluteURL,
            let scheme = target.scheme?.lowercased(), scheme == "https" || scheme == "http", target.host != nil
        else {
            throw TransportFailure(reason: "redirected to an address that is not http(s); not followed", isRetryable: false)
        }
        if request.url.scheme?.lowercased() == "https", scheme == "http" {
            throw TransportFailure(reason: "redirected from https to plain http; not followed", isRetryable: false)
        }
        var next = request
        next.url = target
        // 303, and 301/302 after a POST, become a GET without a body, as browsers and curl do.
        if status == 303 || ((status == 301 || status == 302) && request.method == "POST") {
            next.method = "GET"
            next.body = nil
            next.headers = next.headers.filter { $0.key.lowercased() != "content-type" }
        }
        guard !sameOrigin(request.url, target) else { return next }
        guard next.method == "GET" || next.method == "HEAD" else {
            throw TransportFailure(
                reason: "redirected a \(next.method) to another host (\(target.host ?? "")); not followed", isRetryable: false)
        }
        next.headers = next.headers.filter { !credentialHeaders.contains($0.key.lowercased()) }
        return next
    }

    static func sameOrigin(_ first: URL, _ second: URL) -> Bool {
        func port(_ url: URL) -> Int? { url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80) }
        return first.scheme?.lowercased() == second.scheme?.lowercased()
            && first.host?.lowercased() == second.host?.lowercased() && port(first) == port(second)
    }
}
