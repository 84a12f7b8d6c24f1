/// Decodes a free-form JSON object as `[String: String]`: strings are kept, numbers and booleans become
/// their text (`"cores": 12` reads as `"12"`), and nulls, arrays and nested objects are skipped rather
/// than failing the whole resource — `dynamicAttributes` keys "may change without notice" (§4.1).
enum LenientStringMap {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func decode<Key: CodingKey>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [String: String] {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return [:] }
        let object = try container.nestedContainer(keyedBy: AnyKey.self, forKey: key)
        var values: [String: String] = [:]
        for name in object.allKeys {
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
        return values
    }
}
