import Foundation
import PartnerCenter

/// One-time (reservation) charges per calendar month in one currency: the data behind the billing chart.
///
/// The amounts are the `totalCharges` of one-time invoices, summed by the month of their invoice date (UTC), which
/// is when the partner is billed (not the month of the orders on them); the running month adds its unbilled
/// charges, which no invoice holds yet. Invoice totals, not line items, because they are what the partner is
/// billed, they arrive with the invoice list the pane already shows, and summing line items would mean reading
/// every invoice's lines. Recurring invoices are left out; credit notes count with their (negative) totals.
public struct MonthlyCharges: Equatable, Sendable {
    /// One month of the series.
    public struct Month: Equatable, Sendable {
        /// The first instant of the month, UTC.
        public var start: Date
        public var amount: Decimal
        /// How many invoices the amount sums (0 for a month without one).
        public var invoiceCount: Int
        /// The part of `amount` not billed yet (the running month's unbilled charges).
        public var unbilled: Decimal

        public init(start: Date, amount: Decimal, invoiceCount: Int, unbilled: Decimal = 0) {
            self.start = start
            self.amount = amount
            self.invoiceCount = invoiceCount
            self.unbilled = unbilled
        }

        /// Whether anything was charged in the month (billed or not).
        public var hasCharges: Bool { invoiceCount > 0 || unbilled != 0 }
    }

    public var currency: String
    /// Oldest first, every month of the window, empty months included.
    public var months: [Month]

    public init(currency: String, months: [Month]) {
        self.currency = currency
        self.months = months
    }

    public var total: Decimal { months.reduce(Decimal.zero) { $0 + $1.amount } }
    /// The largest monthly amount (0 when every month is empty or negative): the chart's full height.
    public var largest: Decimal { months.map(\.amount).max().map { max(0, $0) } ?? 0 }

    /// How many months the chart covers.
    public static let defaultMonths = 12

    /// `series(from:unbilled:months:)` of the invoices a screen holds.
    public static func series(
        of invoices: [InvoiceRow], unbilled: [UnbilledCharges] = [], months count: Int = defaultMonths
    ) -> [MonthlyCharges] {
        series(from: invoices.map(\.invoice), unbilled: unbilled, months: count)
    }

    /// One series per currency (alphabetical), each over the same `months` calendar months that end with the
    /// newest month charged (an invoice's, or the month of unbilled charges). Amounts are rounded to cents.
    public static func series(
        from invoices: [Invoice], unbilled: [UnbilledCharges] = [], months count: Int = defaultMonths
    ) -> [MonthlyCharges] {
        let dated = invoices.filter { $0.isOneTime && $0.invoiceDate != nil }
        let open = unbilled.filter { !$0.lines.isEmpty }
        guard count > 0, let newest = (dated.compactMap(\.invoiceDate) + open.map(\.month)).max() else { return [] }
        let calendar = utcCalendar
        let last = startOfMonth(newest)
        let starts = (0..<count).reversed().compactMap { calendar.date(byAdding: .month, value: -$0, to: last) }
        guard let first = starts.first else { return [] }
        var sums = [String: [Date: Month]]()
        func add(_ currency: String, _ date: Date, _ amount: Decimal, isInvoice: Bool) {
            guard date >= first else { return }
            let month = startOfMonth(date)
            var sum = sums[currency]?[month] ?? Month(start: month, amount: 0, invoiceCount: 0)
            sum.amount += amount
            if isInvoice { sum.invoiceCount += 1 } else { sum.unbilled += amount }
            sums[currency, default: [:]][month] = sum
        }
        for invoice in dated {
            add((invoice.currencyCode ?? "?").uppercased(), invoice.invoiceDate ?? first, invoice.totalCharges, isInvoice: true)
        }
        for charges in open { add(charges.currency, charges.month, charges.total, isInvoice: false) }
        return sums.keys.sorted().map { currency in
            MonthlyCharges(currency: currency, months: starts.map { start in
                var month = sums[currency]?[start] ?? Month(start: start, amount: 0, invoiceCount: 0)
                month.amount = month.amount.rounded(toPlaces: 2)
                month.unbilled = month.unbilled.rounded(toPlaces: 2)
                return month
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
