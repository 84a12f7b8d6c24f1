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

    /// A link without a method is a `GET`.
    public enum MethodReading: WireFallback {
        public static let whenAbsent = "GET"
        public static func read(from container: any SingleValueDecodingContainer) throws -> String? { try container.decode(String.self) }
        public static func write(_ value: String, to container: inout any SingleValueEncodingContainer) throws { try container.encode(value) }
    }

    public var uri: String
    @WireOr<Link.MethodReading> public var method: String
    @WireOr<WireDecoded<[Header]>> public var headers: [Header]

    public init(uri: String, method: String = "GET", headers: [Header] = []) {
        self.uri = uri
        self.method = method
        self.headers = headers
    }
}
