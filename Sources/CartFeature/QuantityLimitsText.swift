/// How a SKU's quantity limits read on screen. Partner Center gives a maximum of 999,999,999 (or none) for SKUs
/// with no real limit; "1–999999999" reads as noise, so anything from a million up is "or more".
public enum QuantityLimitsText {
    /// Maxima at or above this are no real limit.
    public static let unlimitedFrom = 1_000_000

    /// The real maximum, or nil when there is none.
    public static func realMaximum(_ maximum: Int?) -> Int? {
        maximum.flatMap { $0 >= unlimitedFrom ? nil : $0 }
    }

    /// "1–100", "5", or "1 or more".
    public static func describe(minimum: Int?, maximum: Int?) -> String {
        let low = max(1, minimum ?? 1)
        guard let high = realMaximum(maximum) else { return "\(low) or more" }
        return low == high ? "\(low)" : "\(low)–\(high)"
    }
}
