/// A free-form JSON object read as `[String: String]`: strings are kept, numbers and booleans become their text
/// (`"cores": 12` reads as `"12"`), and nulls, arrays and nested objects are skipped rather than failing the whole
/// resource — `dynamicAttributes` keys "may change without notice" (§4.1). Missing or null is empty.
public enum WireTextMap: WireFallback {
    public static let whenAbsent: [String: String] = [:]

    /// One value of the object, kept as text when it is a scalar.
    private struct Scalar: Decodable {
        var text: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self.text = text
            } else if let number = try? container.decode(Int.self) {
                text = String(number)
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else if let flag = try? container.decode(Bool.self) {
                text = String(flag)
            }
        }
    }

    public static func read(from container: any SingleValueDecodingContainer) throws -> [String: String]? {
        try container.decode([String: Scalar].self).compactMapValues(\.text)
    }

    public static func write(_ value: [String: String], to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}
