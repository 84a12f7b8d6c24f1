import Foundation

extension Decimal {
    /// Rounded to `places` decimals, halves away from zero (`2.345` → `2.35`, `-2.345` → `-2.35`), as invoices round.
    public func rounded(toPlaces places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// The amount a `Double` prints as (its shortest round-trip digits), for values that were only ever stored as
    /// `Double` (the sandbox's SQLite columns, a chart's scale), never for amounts read from the wire.
    public init(printedDigitsOf value: Double) {
        self = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
    }

    /// The amount with exactly `places` decimals (`12.5` → `"12.50"`, `-0.004` → `"0.00"`), no grouping, no locale.
    public func fixedPointText(places: Int) -> String {
        var text = "\(rounded(toPlaces: max(0, places)))"
        guard places > 0 else { return text }
        if let point = text.firstIndex(of: ".") {
            text += String(repeating: "0", count: max(0, places - text.distance(from: point, to: text.endIndex) + 1))
        } else {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }
}
