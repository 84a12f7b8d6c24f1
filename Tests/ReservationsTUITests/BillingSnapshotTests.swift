import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing

/// The billing pane as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct BillingSnapshotTests {
    typealias B = BillingFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("balance, summaries, invoices and the first invoice's line items filtered", arguments: sizes)
    func lineItems(size: Size) throws {
        var state = B.lineItemsState(size: size)
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("fabrikam", &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing", size))
    }

    @Test("line items loading, with progress", arguments: sizes)
    func loading(size: Size) throws {
        var state = B.openState(size: size)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.firstPage.map(InvoiceLineRow.init), isComplete: false)))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing-loading", size))
    }

    @Test("this month (unbilled) above the invoices, its lines open, the line items focused (marked ▶)", arguments: sizes)
    func unbilled(size: Size) throws {
        var state = B.unbilledState(size: size)
        _ = Fixtures.press([.char("g")], &state)
        _ = Fixtures.press([.enter], &state)
        _ = Fixtures.press([.tab], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing-unbilled", size))
    }

    @Test("p on this month (unbilled): the month is not closed yet; the invoices list is marked ▶", arguments: sizes)
    func openMonthStatement(size: Size) throws {
        var state = B.unbilledState(size: size)
        _ = Fixtures.press([.char("g")], &state)
        _ = Fixtures.press([.char("p")], &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing-open-month", size))
    }

    @Test("amount columns fit the widest amount with its code; JPY without decimals", arguments: sizes)
    func wideAmounts(size: Size) throws {
        var state = Fixtures.loadedState(size: size)
        _ = Fixtures.press([.char("B")], &state)
        _ = AppReducer.reduce(&state, .billing(.balanceLoaded(InvoiceSummaryRow(B.balance))))
        _ = AppReducer.reduce(&state, .billing(.invoiceSummariesLoaded(B.summaries.map(InvoiceSummaryRow.init))))
        let invoices = [
            Invoice(id: "G000000301", invoiceDate: B.start, totalCharges: Decimal(string: "22296788.85")!, paidAmount: 1_000_000, currencyCode: "INR",
                    currencySymbol: "₹", invoiceType: "OneTime", invoiceDetails: []),
            Invoice(id: "G000000302", invoiceDate: B.start, totalCharges: -9_724_673, paidAmount: nil, currencyCode: "JPY",
                    currencySymbol: "¥", invoiceType: "OneTime", invoiceDetails: []),
        ] + B.invoices
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(invoices.map(InvoiceRow.init), total: nil, isComplete: true)))
        _ = Fixtures.press([.down], &state)
        _ = Fixtures.press([.enter], &state)
        var yen = B.lineItem("Contoso KK", order: "ORD-JP0001", product: "Standard_D2s_v5 japaneast", quantity: 7, total: -9_724_673)
        yen.currency = "JPY"
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000302", [yen].map(InvoiceLineRow.init), isComplete: true)))
        let text = AppView.render(state).plainText()
        #expect(text.contains("22,296,788.85 INR") && text.contains("-9,724,673 JPY"))
        #expect(!text.contains("-9,724,673.00"))
        try assertSnapshot(text, named: Self.name("billing-wide-amounts", size))
    }
}
