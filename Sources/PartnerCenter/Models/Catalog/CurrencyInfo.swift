/// An availability's `defaultCurrency` (§4.1): ISO code and display symbol.
public struct CurrencyInfo: Codable, Hashable, Sendable {
    /// ISO 4217 code, e.g. `USD`.
    public var code: String
    /// e.g. `$`, `€`.
    public var symbol: String?

    public init(code: String, symbol: String? = nil) {
        self.code = code
        self.symbol = symbol
    }
}
