/// A whole number that may arrive as a JSON number (`25`, `25.0`) or a string (`"25"`), as §1.4 warns.
public enum WireCount: WireFallback {
    public static let whenAbsent = 0

    public static func read(from container: any SingleValueDecodingContainer) throws -> Int? {
        if let number = try? container.decode(Int.self) { return number }
        if let double = try? container.decode(Double.self), let exact = Int(exactly: double) { return exact }
        let text = try container.decode(String.self)
        guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an integer, found \"\(text.prefix(40))\"")
        }
        return parsed
    }

    public static func write(_ value: Int, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}
