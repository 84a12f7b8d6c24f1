/// A field read leniently that must be present: a missing key, null or "none" fails decoding.
@propertyWrapper
public struct WireRequired<Reading: WireReading>: Codable, Hashable, Sendable {
    public var wrappedValue: Reading.Value

    public init(wrappedValue: Reading.Value) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = try Reading.read(from: container) else {
            throw DecodingError.valueNotFound(
                Reading.Value.self, .init(codingPath: decoder.codingPath, debugDescription: "a required value is empty"))
        }
        wrappedValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try Reading.write(wrappedValue, to: &container)
    }
}
