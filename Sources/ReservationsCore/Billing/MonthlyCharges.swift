import Foundation
import PartnerCenter

/// One-time (reservation) charges per calendar month in one currency: the data behind the billing chart.
///
/// The amounts are the `totalCharges` of one-time invoices, summed by the month of their invoice date (UTC).
/// Invoice totals, not line items, because they are what the partner is billed, they arrive with the invoice
/// list the pane already shows, and summing line items would mean reading every invoice's lines. Recurring
/// invoices are left out; credit notes count with their (negative) totals.
public struct MonthlyCharges: Equatable, Sendable {
    /// One month of the series.
    public struct Month: Equatable, Sendable {
        /// The first instant of the month, UTC.
        public var start: Date
        public var amount: Double
        /// How many invoices the amount sums (0 for a month without one).
        public var invoiceCount: Int

        public init(start: Date, amount: Double, invoiceCount: Int) {
            self.start = start
            self.amount = amount
            self.invoiceCount = invoiceCount
        }
    }

    public var currency: String
    /// Oldest first, every month of the window, empty months included.
    public var months: [Month]

    public init(currency: String, months: [Month]) {
        self.currency = currency
        self.months = months
    }

    public var total: Double { months.reduce(0) { $0 + $1.amount } }
    /// The largest monthly amount (0 when every month is empty or negative): the chart's full height.
    public var largest: Double { months.map(\.amount).max().map { max(0, $0) } ?? 0 }

    /// How many months the chart covers.
    public static let defaultMonths = 12

    /// One series per currency (alphabetical), each over the same `months` calendar months that end with the
    /// newest one-time invoice's month. Amounts are rounded to cents.
    public static func series(from invoices: [Invoice], months count: Int = defaultMonths) -> [MonthlyCharges] {
        let dated = invoices.filter { $0.isOneTime && $0.invoiceDate != nil }
        guard count > 0, let newest = dated.compactMap(\.invoiceDate).max() else { return [] }
        let calendar = utcCalendar
        let last = startOfMonth(newest)
        let starts = (0..<count).reversed().compactMap { calendar.date(byAdding: .month, value: -$0, to: last) }
        guard let first = starts.first else { return [] }
        let byCurrency = Dictionary(grouping: dated) { ($0.currencyCode ?? "?").uppercased() }
        return byCurrency.keys.sorted().map { currency in
            var sums = [Date: (amount: Double, count: Int)]()
            for invoice in byCurrency[currency] ?? [] {
                guard let date = invoice.invoiceDate, date >= first else { continue }
                let month = startOfMonth(date)
                let sum = sums[month] ?? (0, 0)
                sums[month] = (sum.amount + invoice.totalCharges, sum.count + 1)
            }
            return MonthlyCharges(currency: currency, months: starts.map { start in
                let sum = sums[start] ?? (0, 0)
                return Month(start: start, amount: (sum.amount * 100).rounded() / 100, invoiceCount: sum.count)
            })
        }
    }

    /// The first instant of `date`'s month, UTC.
    public static func startOfMonth(_ date: Date) -> Date {
        utcCalendar.date(from: utcCalendar.dateComponents([.year, .month], from: date)) ?? date
    }

    /// The Gregorian calendar in UTC, so every operator sees the same months.
    public static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
