import Foundation

/// A decimal amount that may arrive as a JSON number or a string (`"totalCharges": "12.50"`).
public struct LenientDouble: Codable, Hashable, Sendable {
    public var value: Double

    public init(_ value: Double) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
        } else {
            let text = try container.decode(String.self)
            guard let parsed = Double(text.trimmingCharacters(in: .whitespaces)), parsed.isFinite else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected a number, found \"\(text.prefix(40))\"")
            }
            value = parsed
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
