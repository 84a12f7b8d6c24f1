import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct MonthlyChargesTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        MonthlyCharges.utcCalendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    static func invoice(_ id: String, _ date: Date, _ total: Double, _ currency: String, type: String = "OneTime") -> Invoice {
        Invoice(id: InvoiceID(id), invoiceDate: date, totalCharges: Decimal(printedDigitsOf: total), paidAmount: nil, currencyCode: currency,
                currencySymbol: nil, invoiceType: type, invoiceDetails: [])
    }

    @Test("sums one-time invoice totals per month and currency over the 12 months ending with the newest invoice")
    func series() throws {
        let invoices = [
            Self.invoice("G1", Self.date(2026, 11, 1), 1_000.10, "USD"),
            Self.invoice("G2", Self.date(2026, 11, 20), 200.25, "usd"),  // same month, lower-case code
            Self.invoice("G3", Self.date(2026, 3, 1), 450, "USD"),
            Self.invoice("G4", Self.date(2025, 12, 1), 99.99, "USD"),     // the window's first month
            Self.invoice("G5", Self.date(2025, 11, 30), 5_000, "USD"),    // thirteen months back: outside
            Self.invoice("G6", Self.date(2026, 6, 1), 300, "EUR"),
            Self.invoice("G7", Self.date(2026, 6, 15), -50, "EUR"),       // a credit note
            Self.invoice("D1", Self.date(2026, 10, 1), 7_777, "USD", type: "Recurring"),
        ]
        let series = MonthlyCharges.series(from: invoices)
        #expect(series.map(\.currency) == ["EUR", "USD"])
        let usd = try #require(series.last)
        #expect(usd.months.count == 12)
        #expect(usd.months.first?.start == MonthlyCharges.startOfMonth(Self.date(2025, 12, 1)))
        #expect(usd.months.last?.start == MonthlyCharges.startOfMonth(Self.date(2026, 11, 1)))
        #expect(usd.months.map(\.amount) == [99.99, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 1_200.35])
        #expect(usd.months.map(\.invoiceCount) == [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2])
        #expect(abs(usd.total - 1_750.34) < 0.000_1)
        #expect(usd.largest == 1_200.35)
        let eur = try #require(series.first)
        #expect(eur.months.map(\.amount) == [0, 0, 0, 0, 0, 0, 250, 0, 0, 0, 0, 0])
        #expect(eur.months.map(\.start) == usd.months.map(\.start))
    }

    @Test("no one-time invoices, no series; only negative months chart as zero height")
    func edges() {
        #expect(MonthlyCharges.series(from: [Self.invoice("D1", Self.date(2026, 1, 1), 10, "USD", type: "Recurring")]).isEmpty)
        let refunds = MonthlyCharges.series(from: [Self.invoice("G1", Self.date(2026, 1, 1), -10, "USD")])
        #expect(refunds.first?.largest == 0)
        #expect(refunds.first?.total == -10)
    }

    static func charge(_ total: Double, _ currency: String) -> InvoiceLineItem {
        var item = InvoiceLineItem()
        item.totalForCustomer = Decimal(printedDigitsOf: total)
        item.currency = currency
        return item
    }

    @Test("unbilled charges count in the month they were read for, not on an invoice; billed ones in their invoice's month")
    func unbilledInTheRunningMonth() throws {
        // An order of 28 November billed on the invoice of 2 December, and this month's (December's) unbilled charges.
        let invoices = [Self.invoice("G1", Self.date(2026, 12, 2), 1_000, "USD"), Self.invoice("G2", Self.date(2026, 10, 5), 10, "JPY")]
        let unbilled = [
            UnbilledCharges(currency: "usd", month: Self.date(2026, 12, 20), items: [Self.charge(300.5, "USD"), Self.charge(20, "USD")]),
            UnbilledCharges(currency: "EUR", month: Self.date(2026, 12, 20), items: [Self.charge(75, "EUR")]),
            UnbilledCharges(currency: "GBP", month: Self.date(2026, 12, 20), items: []),  // nothing unbilled: no series
        ]
        let series = MonthlyCharges.series(from: invoices, unbilled: unbilled)
        #expect(series.map(\.currency) == ["EUR", "JPY", "USD"])
        let usd = try #require(series.last)
        #expect(usd.months.last?.start == MonthlyCharges.startOfMonth(Self.date(2026, 12, 1)))
        #expect(usd.months.last?.amount == 1_320.5)
        #expect(usd.months.last?.unbilled == 320.5)
        #expect(usd.months.last?.invoiceCount == 1)
        #expect(usd.months.dropLast().allSatisfy { $0.amount == 0 }, "not dated the 1st of the order month: November is empty")
        let eur = try #require(series.first)
        #expect(eur.months.last?.amount == 75)
        #expect(eur.months.last?.hasCharges == true && eur.months.last?.invoiceCount == 0)
        // Only unbilled charges: the window ends with their month.
        let only = MonthlyCharges.series(from: [], unbilled: [unbilled[1]])
        #expect(only.first?.months.last?.start == MonthlyCharges.startOfMonth(Self.date(2026, 12, 1)))
    }

    @Test("the currencies asked for unbilled charges: the balance's first, then the others once each; USD when none is named")
    func unbilledCurrencies() {
        let balance = InvoiceSummary(balanceAmount: 1, currencyCode: "eur", currencySymbol: nil, latestInvoiceDate: nil)
        let summaries = [
            InvoiceSummary(balanceAmount: 1, currencyCode: "USD", currencySymbol: nil, latestInvoiceDate: nil),
            InvoiceSummary(balanceAmount: 1, currencyCode: "EUR", currencySymbol: nil, latestInvoiceDate: nil),
        ]
        let invoices = [Self.invoice("G1", Self.date(2026, 1, 1), 1, "JPY"), Self.invoice("G2", Self.date(2026, 1, 1), 1, "usd")]
        #expect(UnbilledCharges.currencies(balance: balance, summaries: summaries, invoices: invoices) == ["EUR", "JPY", "USD"])
        #expect(UnbilledCharges.currencies(balance: nil, summaries: [], invoices: []) == ["USD"])
    }
}
