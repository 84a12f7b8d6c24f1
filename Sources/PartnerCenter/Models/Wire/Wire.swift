/// An optional field read leniently: missing, null or the service's "none" decode to `nil`, and `nil` is left out
/// when encoding (as `encodeIfPresent` does).
@propertyWrapper
public struct Wire<Reading: WireReading>: Codable, Hashable, Sendable {
    public var wrappedValue: Reading.Value?

    public init(wrappedValue: Reading.Value?) { self.wrappedValue = wrappedValue }

    public init() { wrappedValue = nil }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try Reading.read(from: container)
    }

    public func encode(to encoder: any Encoder) throws {
        var container: any SingleValueEncodingContainer = encoder.singleValueContainer()
        if let wrappedValue { try Reading.write(wrappedValue, to: &container) } else { try container.encodeNil() }
    }
}

// Synthesized Codable calls these for `@Wire` properties: a missing key is `nil`, and `nil` is not written.
extension KeyedDecodingContainer {
    public func decode<Reading>(_ type: Wire<Reading>.Type, forKey key: Key) throws -> Wire<Reading> {
        try decodeIfPresent(type, forKey: key) ?? Wire()
    }

    /// A field read as `@Wire` reads it, for the decoders still written by hand (the catalog's hot path, renamed
    /// keys): `nil` when missing, null or "none".
    public func read<Reading: WireReading>(_ reading: Reading.Type, forKey key: Key) throws -> Reading.Value? {
        try decode(Wire<Reading>.self, forKey: key).wrappedValue
    }

    /// A field read as `@WireRequired` reads it.
    public func read<Reading: WireReading>(_ reading: Reading.Type, requiredKey key: Key) throws -> Reading.Value {
        try decode(WireRequired<Reading>.self, forKey: key).wrappedValue
    }
}

extension KeyedEncodingContainer {
    public mutating func encode<Reading>(_ value: Wire<Reading>, forKey key: Key) throws {
        guard value.wrappedValue != nil else { return }
        try encodeIfPresent(value, forKey: key)
    }
}
