/// The `attributes` object every Partner Center resource carries.
public struct ResourceAttributes: Codable, Hashable, Sendable {
    public var objectType: String?
    public var etag: String?

    public init(objectType: String? = nil, etag: String? = nil) {
        self.objectType = objectType
        self.etag = etag
    }
}
