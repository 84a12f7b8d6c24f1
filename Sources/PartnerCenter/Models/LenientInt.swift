import Foundation

/// An integer that may arrive as a JSON number or as a string (`"quantity": "25"`), as §1.4 warns.
public struct LenientInt: Codable, Hashable, Sendable {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number
        } else if let double = try? container.decode(Double.self), double.rounded() == double,
            let exact = Int(exactly: double)
        {
            value = exact
        } else {
            let text = try container.decode(String.self)
            guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an integer, found \"\(text.prefix(40))\"")
            }
            value = parsed
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
