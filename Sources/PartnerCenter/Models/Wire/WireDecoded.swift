/// A field read by its type's own `Codable`, for use with `@WireOr` when the type says what "missing" means.
public enum WireDecoded<Value: Codable & Hashable & Sendable>: WireReading {
    public static func read(from container: any SingleValueDecodingContainer) throws -> Value? {
        try container.decode(Value.self)
    }

    public static func write(_ value: Value, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}

extension WireDecoded: WireFallback where Value: WireDefaultable {
    public static var whenAbsent: Value { Value.wireDefault }
}
