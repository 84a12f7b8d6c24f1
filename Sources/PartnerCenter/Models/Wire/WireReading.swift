/// How one field is read from Partner Center's JSON and written back: the lenient rules (numbers sent as strings,
/// strings sent as numbers, several date spellings) live in a reading, once, and models name the reading with
/// `@Wire`, `@WireOr` or `@WireRequired` instead of writing `init(from:)` by hand.
public protocol WireReading {
    associatedtype Value: Hashable & Sendable
    /// Reads one non-null JSON value; `nil` is the service's spelling of "none" (a `0001-01-01` date).
    static func read(from container: any SingleValueDecodingContainer) throws -> Value?
    static func write(_ value: Value, to container: inout any SingleValueEncodingContainer) throws
}

/// A reading with a value for a field that is missing or null (`0` for a count, `[]` for a list).
public protocol WireFallback: WireReading {
    static var whenAbsent: Value { get }
}
