import Foundation

/// Text that may arrive as a JSON number (`"orderGroup": 0`), kept as the number's digits.
public enum WireText: WireReading {
    public static func read(from container: any SingleValueDecodingContainer) throws -> String? {
        if let text = try? container.decode(String.self) { return text }
        if let number = try? container.decode(Int.self) { return String(number) }
        return "\(try container.decode(Decimal.self))"
    }

    public static func write(_ value: String, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}
