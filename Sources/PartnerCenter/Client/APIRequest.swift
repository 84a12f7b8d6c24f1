import Foundation

/// One logical Partner Center call, before headers, retries and decoding are applied.
public struct APIRequest: Sendable, Hashable {
    /// Human name of the operation for errors and logs ("list customers").
    public var operation: String
    public var method: String
    /// Path under `/v1`, starting with `/` (e.g. `/customers/abc`), possibly with a query already in it.
    public var path: String
    public var query: [URLQueryItem]
    public var headers: [String: String]
    public var body: Data?
    public var accept: String

    public init(
        operation: String, method: String = "GET", path: String, query: [URLQueryItem] = [],
        headers: [String: String] = [:], body: Data? = nil, accept: String = "application/json"
    ) {
        self.operation = operation
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.accept = accept
    }

    /// Percent-encodes one path segment, so an identifier typed by a user cannot change the path.
    public static func segment(_ raw: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;")
        return raw.addingPercentEncoding(withAllowedCharacters: allowed) ?? raw
    }

    /// The full URL for `endpoint`, following §1.5: `/v1` is added unless the path already starts with it.
    public func url(endpoint: URL) -> URL? {
        let versioned = path.lowercased().hasPrefix("/v1/") || path.lowercased() == "/v1" ? path : "/v1" + path
        let base = endpoint.absoluteString.hasSuffix("/") ? String(endpoint.absoluteString.dropLast()) : endpoint.absoluteString
        guard var components = URLComponents(string: base + versioned) else { return nil }
        if !query.isEmpty {
            components.queryItems = (components.queryItems ?? []) + query
        }
        // `+` is legal in a query but servers read it as a space; encode it.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.url
    }
}
