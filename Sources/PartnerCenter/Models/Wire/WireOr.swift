/// A field read leniently that always has a value: missing, null or "none" decode to the reading's `whenAbsent`.
@propertyWrapper
public struct WireOr<Reading: WireFallback>: Codable, Hashable, Sendable {
    public var wrappedValue: Reading.Value

    public init(wrappedValue: Reading.Value) { self.wrappedValue = wrappedValue }

    public init() { wrappedValue = Reading.whenAbsent }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? Reading.whenAbsent : try Reading.read(from: container) ?? Reading.whenAbsent
    }

    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        try Reading.write(wrappedValue, to: &container)
    }
}

// Synthesized Codable calls this for `@WireOr` properties: a missing key is the fallback.
extension KeyedDecodingContainer {
    public func decode<Reading>(_ type: WireOr<Reading>.Type, forKey key: Key) throws -> WireOr<Reading> {
        try decodeIfPresent(type, forKey: key) ?? WireOr()
    }
}
