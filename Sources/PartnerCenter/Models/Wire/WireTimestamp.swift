import Foundation

/// A date as `WireDate` reads it (ISO 8601 variants; `0001-01-01T00:00:00` is "none"), written as the service does.
public enum WireTimestamp: WireReading {
    public static func read(from container: any SingleValueDecodingContainer) throws -> Date? {
        try container.decode(WireDate.self).date
    }

    public static func write(_ value: Date, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(WireDate.format(value))
    }
}
