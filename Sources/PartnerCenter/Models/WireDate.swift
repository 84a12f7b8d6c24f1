import Foundation

/// A date as Partner Center sends it: ISO 8601 with or without offset and fractional seconds.
/// `0001-01-01T00:00:00` means "none" and decodes to `nil` through `date`.
public struct WireDate: Codable, Hashable, Sendable {
    /// The instant, or `nil` for the service's "no date" sentinel.
    public var date: Date?

    public init(_ date: Date?) { self.date = date }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            date = nil
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = WireDate.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a date: \"\(text.prefix(40))\"")
        }
        date = parsed.timeIntervalSince1970 < -62_000_000_000 ? nil : parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let date {
            try container.encode(WireDate.format(date))
        } else {
            try container.encodeNil()
        }
    }

    /// Parses the ISO 8601 variants seen on the wire; a missing offset means UTC.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        let hasOffset = trimmed.hasSuffix("Z") || trimmed.range(of: #"[+-]\d\d:?\d\d$"#, options: .regularExpression) != nil
        let full = hasOffset ? trimmed : (trimmed.count == 10 ? trimmed + "T00:00:00Z" : trimmed + "Z")
        if let date = try? Date(full, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? fractional.parse(full) { return date }
        return nil
    }

    /// Formats as the service does: UTC with a `Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
