import Foundation
import ReservationsCore
import TerminalUI
import ScreenKit

/// One-time charges per month as vertical bars (block characters, `#` and `=` in ASCII), one currency at a time,
/// each month labelled with its name and a short amount; the title line carries the exact total and maximum.
public enum ChargesChart {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func render(_ billing: BillingState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        let all = billing.chartSeries
        guard frame.height >= 1 else { return }
        guard !all.isEmpty else {
            canvas.writeTruncated("No one-time invoices to chart", at: frame.origin, width: frame.width, role: .dim, ellipsis: glyphs.ellipsis)
            return
        }
        let series = all[min(billing.chartCurrencyIndex, all.count - 1)]
        canvas.writeTruncated(title(series, index: billing.chartCurrencyIndex, of: all.count), at: frame.origin, width: frame.width,
                              role: .text, ellipsis: glyphs.ellipsis)
        let barsHeight = frame.height - 3
        guard barsHeight >= 1, !series.months.isEmpty else { return }
        let columnWidth = min(9, max(3, frame.width / series.months.count))
        let barWidth = max(1, min(4, columnWidth - 1))
        let largest = series.largest
        let barsTop = frame.y + 1
        for (index, month) in series.months.enumerated() {
            let x = frame.x + index * columnWidth
            let cells = glyphs.column(fraction: largest > 0 ? Self.scale(month.amount / largest) : 0, height: barsHeight)
            for (level, character) in cells.enumerated() where character != " " {
                for dx in 0..<barWidth {
                    canvas.put(Cell(character: character, role: .price), at: Point(x: x + dx, y: barsTop + barsHeight - 1 - level))
                }
            }
            canvas.write(monthName(month.start), at: Point(x: x, y: barsTop + barsHeight), role: .dim, maxWidth: columnWidth - 1)
            let amount = month.hasCharges ? shortAmount(month.amount) : "-"
            canvas.write(amount, at: Point(x: x, y: barsTop + barsHeight + 1), role: .text, maxWidth: columnWidth - 1)
        }
    }

    /// `One-time charges per month · USD (1/2, n next) · Dec 2025–Nov 2026 · total 4,321.00 · max 1,200.00 in Mar`,
    /// then what of the last month is not billed yet.
    static func title(_ series: MonthlyCharges, index: Int, of count: Int) -> String {
        let which = count > 1 ? " (\(index + 1)/\(count), n next)" : ""
        let range = series.months.first.map { first in
            "\(monthName(first.start)) \(year(first.start))–\(series.months.last.map { "\(monthName($0.start)) \(year($0.start))" } ?? "")"
        } ?? ""
        let peak = series.months.max { $0.amount < $1.amount }
        let money = { (amount: Decimal) in MoneyText.format(amount, currency: series.currency, showsCode: false) }
        let peakText = peak.map { " · max \(money($0.amount)) in \(monthName($0.start))" } ?? ""
        let unbilled = series.months.last.flatMap { $0.unbilled == 0 ? nil : " · \(money($0.unbilled)) not billed yet" } ?? ""
        return "One-time charges per month · \(series.currency)\(which) · \(range) · total " + money(series.total) + peakText + unbilled
    }

    /// A bar's height as a fraction of the tallest: geometry, the one place an amount becomes a `Double`.
    static func scale(_ fraction: Decimal) -> Double {
        NSDecimalNumber(decimal: fraction).doubleValue
    }

    /// `980`, `1.2k`, `45k`, `1.3M`: fits under a bar (an approximation by design, so `Double` is fine here).
    static func shortAmount(_ amount: Decimal) -> String {
        let magnitude = abs(scale(amount))
        let sign = amount < 0 ? "-" : ""
        switch magnitude {
        case ..<1_000: return sign + String(format: "%.0f", magnitude)
        case ..<10_000: return sign + String(format: "%.1fk", magnitude / 1_000)
        case ..<1_000_000: return sign + String(format: "%.0fk", magnitude / 1_000)
        default: return sign + String(format: "%.1fM", magnitude / 1_000_000)
        }
    }

    static func monthName(_ date: Date) -> String {
        monthNames[(utc.component(.month, from: date) - 1 + 12) % 12]
    }

    static func year(_ date: Date) -> Int { utc.component(.year, from: date) }

    static var utc: Calendar { MonthlyCharges.utcCalendar }
}
