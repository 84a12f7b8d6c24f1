import Foundation

/// An amount: a JSON number or a string (`"totalCharges": "12.50"`), read digit for digit into a `Decimal`, never
/// through `Double`, so `0.1 + 0.2` is `0.3` and a total is the sum of its lines to the last cent.
public enum WireAmount: WireFallback {
    public static let whenAbsent = Decimal.zero

    public static func read(from container: any SingleValueDecodingContainer) throws -> Decimal? {
        // Foundation's JSONDecoder reads a number's own digits into a Decimal.
        if let number = try? container.decode(Decimal.self) { return number }
        let text = try container.decode(String.self)
        guard let parsed = parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an amount, found \"\(text.prefix(40))\"")
        }
        return parsed
    }

    public static func write(_ value: Decimal, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }

    /// Parses `12.50`, `-3`, `.5`, `1e3` (spaces around allowed). Unlike `Decimal(string:)`, which reads `12abc` as
    /// 12, anything else is `nil`.
    public static func parse(_ text: some StringProtocol) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.wholeMatch(of: /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/) != nil else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }
}
