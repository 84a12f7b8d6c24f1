/// A wire enum whose spellings vary (`one_time`, `OneTime`, `onetime`) and that may grow new values.
///
/// Conformers list their canonical raw values; decoding compares case-insensitively with `_`, `-` and
/// spaces ignored, and keeps anything unrecognised in `unknown(_:)` rather than failing.
public protocol LenientEnum: Codable, Hashable, Sendable, CaseIterable {
    /// The spelling this client sends.
    var wireName: String { get }
    /// The value for a spelling this client does not know.
    static func unknown(_ raw: String) -> Self
}

extension LenientEnum {
    /// Normalises a spelling for comparison: lowercase, without `_`, `-` or spaces.
    static func normalize(_ raw: String) -> String {
        String(raw.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Parses a wire spelling leniently.
    public init(wire raw: String) {
        // The documented spelling matches as is, without building normalised copies (hundreds of thousands per catalog).
        if let exact = Self.allCases.first(where: { $0.wireName == raw }) {
            self = exact
            return
        }
        let wanted = Self.normalize(raw)
        self = Self.allCases.first { Self.normalize($0.wireName) == wanted } ?? Self.unknown(raw)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wire: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wireName)
    }
}
