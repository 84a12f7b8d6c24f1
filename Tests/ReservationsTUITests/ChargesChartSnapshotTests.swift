import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing

/// The billing pane's charges chart as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct ChargesChartSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// Twelve months of USD one-time invoices (one month without) and two EUR ones.
    static let invoices: [Invoice] = {
        let amounts: [Double] = [420, 1_250.5, 0, 3_310, 980, 2_045.75, 610, 4_820, 1_500, 275.4, 3_990, 2_200]
        var invoices: [Invoice] = []
        for (offset, amount) in amounts.enumerated().reversed() where amount > 0 {
            let date = MonthlyChargesProbe.date(2025, 12 + offset)
            invoices.append(Invoice(id: InvoiceID(String(format: "G2%02d000", offset)), invoiceDate: date, totalCharges: Decimal(printedDigitsOf: amount),
                                    paidAmount: nil, currencyCode: "USD", currencySymbol: "$", invoiceType: "OneTime", invoiceDetails: []))
        }
        invoices.append(Invoice(id: "G3010001", invoiceDate: MonthlyChargesProbe.date(2026, 10), totalCharges: 900, paidAmount: nil,
                                currencyCode: "EUR", currencySymbol: "€", invoiceType: "OneTime", invoiceDetails: []))
        invoices.append(Invoice(id: "G3040001", invoiceDate: MonthlyChargesProbe.date(2026, 4), totalCharges: 300, paidAmount: nil,
                                currencyCode: "EUR", currencySymbol: "€", invoiceType: "OneTime", invoiceDetails: []))
        return invoices
    }()

    static func state(size: Size, ascii: Bool = false) -> AppState {
        var state = Fixtures.loadedState(size: size, ascii: ascii)
        _ = Fixtures.press([.char("B")], &state)
        _ = AppReducer.reduce(&state, .billing(.balanceLoaded(InvoiceSummaryRow(BillingFixtures.balance))))
        _ = AppReducer.reduce(&state, .billing(.invoiceSummariesLoaded(BillingFixtures.summaries.map(InvoiceSummaryRow.init))))
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(invoices.map(InvoiceRow.init), total: invoices.count, isComplete: true)))
        _ = Fixtures.press([.char("c")], &state)
        return state
    }

    @Test("the USD chart with month names and short amounts", arguments: sizes)
    func chart(size: Size) throws {
        try assertSnapshot(AppView.render(Self.state(size: size)).plainText(), named: Self.name("charges", size))
    }

    @Test("the chart in ASCII, after n switched to EUR (the other currency)", arguments: sizes)
    func asciiEUR(size: Size) throws {
        var state = Self.state(size: size, ascii: true)
        _ = Fixtures.press([.char("n")], &state)
        #expect(state.status == .info("Charges in EUR"))
        let text = AppView.render(state).plainText()
        #expect(!text.contains("█"))
        try assertSnapshot(text, named: Self.name("charges-ascii", size))
    }

    @Test("c toggles the chart, Enter brings the line items back, n without the chart is refused with a reason")
    func toggles() {
        var state = Self.state(size: Size(width: 100, height: 30))
        #expect(state.billing?.showsChart == true)
        #expect(AppView.render(state).plainText().contains("One-time charges per month · USD (2/2, n next)"))
        _ = Fixtures.press([.char("c")], &state)
        #expect(state.billing?.showsChart == false)
        _ = Fixtures.press([.char("n")], &state)
        #expect(state.status == .warning("Open the chart first (c)"))
        _ = Fixtures.press([.char("c"), .enter], &state)
        #expect(state.billing?.showsChart == false)
        #expect(state.billing?.lineItems != nil)
    }
}

/// Dates for the fixtures: the first of a month (months past 12 roll into the next year).
enum MonthlyChargesProbe {
    static func date(_ year: Int, _ month: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: 1))!
    }
}
