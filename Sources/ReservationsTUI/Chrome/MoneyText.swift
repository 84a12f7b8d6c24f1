import Foundation

/// Amounts as the panes show them: `1,234.56 USD`, two decimals, grouped thousands, no locale surprises.
public enum MoneyText {
    public static func format(_ amount: Decimal, currency: String?) -> String {
        format(NSDecimalNumber(decimal: amount).doubleValue, currency: currency)
    }

    public static func format(_ amount: Double, currency: String?) -> String {
        let text = String(format: "%.2f", amount)
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var negative = whole.hasPrefix("-")
        if negative { whole.removeFirst() }
        // An amount that rounds to zero is zero: no "-0.00" for a settled balance.
        if text.allSatisfy({ $0 == "-" || $0 == "0" || $0 == "." }) { negative = false }
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + grouped + fraction + (currency.map { " " + $0 } ?? "")
    }
}
