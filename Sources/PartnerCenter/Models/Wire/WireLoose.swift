/// A reading that never fails: a value `Reading` cannot read is `nil`, for bodies that must decode whatever they
/// hold (an error page's fields, each documented one way and sent another).
public enum WireLoose<Reading: WireReading>: WireReading {
    public static func read(from container: any SingleValueDecodingContainer) throws -> Reading.Value? {
        (try? Reading.read(from: container)) ?? nil
    }

    public static func write(_ value: Reading.Value, to container: inout any SingleValueEncodingContainer) throws {
        try Reading.write(value, to: &container)
    }
}
