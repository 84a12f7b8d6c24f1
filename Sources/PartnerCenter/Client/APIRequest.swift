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
    /// The `MS-RequestId` to send; nil for a new one. Set it to re-send a journalled purchase request.
    public var requestID: RequestID?
    /// A different host for this request (the price sheet's `api.partner.microsoft.com`, §10). When set, the
    /// URL is `baseURL` + `path` as given, without the client's endpoint and without `/v1`.
    public var baseURL: URL?
    /// A document (a PDF, the price sheet) may be far larger than a JSON answer; see the configuration's caps.
    public var isDocument: Bool

    public init(
        operation: String, method: String = "GET", path: String, query: [URLQueryItem] = [],
        headers: [String: String] = [:], body: Data? = nil, accept: String = "application/json",
        requestID: RequestID? = nil, baseURL: URL? = nil, isDocument: Bool = false
    ) {
        self.isDocument = isDocument
        self.requestID = requestID
        self.baseURL = baseURL
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
    /// With `baseURL` set, `endpoint` is not used and the path is taken as is.
    public func url(endpoint: URL) -> URL? {
        let root = baseURL ?? endpoint
        let versioned =
            baseURL != nil || path.lowercased().hasPrefix("/v1/") || path.lowercased() == "/v1" ? path : "/v1" + path
        let base = root.absoluteString.hasSuffix("/") ? String(root.absoluteString.dropLast()) : root.absoluteString
        guard var components = URLComponents(string: base + versioned) else { return nil }
        if !query.isEmpty {
            components.queryItems = (components.queryItems ?? []) + query
        }
        // `+` is legal in a query but servers read it as a space; encode it.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.url
    }
}
