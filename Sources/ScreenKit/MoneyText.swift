import Foundation
import Money

/// Amounts as the panes show them: `1,234.56 USD`, `22,296,789 JPY`: the currency's ISO 4217 minor units, grouped
/// thousands, no locale surprises.
public enum MoneyText {
    /// ISO 4217 currencies whose minor unit is not 2 (the rest, and an unknown code, show cents).
    static let minorUnitsByCurrency: [String: Int] = {
        var table: [String: Int] = [:]
        for code in ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"] {
            table[code] = 0
        }
        for code in ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] { table[code] = 3 }
        for code in ["CLF", "UYW"] { table[code] = 4 }
        return table
    }()

    /// Digits after the decimal point for `currency` (2 when it is unknown or nil).
    public static func minorUnits(_ currency: String?) -> Int {
        currency.flatMap { minorUnitsByCurrency[$0.uppercased()] } ?? 2
    }

    /// `showsCode: false` writes the amount with the currency's decimals but without its code (a chart's axis, a
    /// line that names the currency once). Rounds half away from zero, in decimal: `2.345` shows `2.35`.
    public static func format(_ amount: Decimal, currency: String?, showsCode: Bool = true) -> String {
        let text = amount.fixedPointText(places: minorUnits(currency))
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
        let code = showsCode ? currency.map { " " + $0 } ?? "" : ""
        return (negative ? "-" : "") + grouped + fraction + code
    }
}
