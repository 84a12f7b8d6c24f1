/// A hypermedia link as Partner Center returns it: a URI relative to `/v1`, a method and headers to send.
public struct Link: Codable, Hashable, Sendable {
    /// One header that must accompany the request, such as `MS-ContinuationToken`.
    public struct Header: Codable, Hashable, Sendable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var uri: String
    public var method: String
    public var headers: [Header]

    public init(uri: String, method: String = "GET", headers: [Header] = []) {
        self.uri = uri
        self.method = method
        self.headers = headers
    }

    private enum CodingKeys: String, CodingKey { case uri, method, headers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        uri = try container.decode(String.self, forKey: .uri)
        method = try container.decodeIfPresent(String.self, forKey: .method) ?? "GET"
        headers = try container.decodeIfPresent([Header].self, forKey: .headers) ?? []
    }
}
