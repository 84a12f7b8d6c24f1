/// A free-form JSON object read as `[String: String]`: strings are kept, numbers and booleans become their text
/// (`"cores": 12` reads as `"12"`), and nulls, arrays and nested objects are skipped rather than failing the whole
/// resource — `dynamicAttributes` keys "may change without notice" (§4.1). Missing or null is empty.
public enum WireTextMap: WireFallback {
    public static let whenAbsent: [String: String] = [:]

    /// The object read key by key into the result (no dictionary of intermediate values: every catalog SKU has
    /// one of these, so this is on the catalog's hot path).
    private struct Body: Decodable {
        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        var values: [String: String] = [:]

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: AnyKey.self)
            let names = object.allKeys
            values.reserveCapacity(names.count)
            for name in names {
                if let text = try? object.decode(String.self, forKey: name) {
                    values[name.stringValue] = text
                } else if let number = try? object.decode(Int.self, forKey: name) {
                    values[name.stringValue] = String(number)
                } else if let number = try? object.decode(Double.self, forKey: name) {
                    values[name.stringValue] = String(number)
                } else if let flag = try? object.decode(Bool.self, forKey: name) {
                    values[name.stringValue] = String(flag)
                }
            }
        }
    }

    public static func read(from container: any SingleValueDecodingContainer) throws -> [String: String]? {
        try container.decode(Body.self).values
    }

    public static func write(_ value: [String: String], to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}
