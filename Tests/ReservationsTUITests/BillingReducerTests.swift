import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing

/// The billing pane: balance, summaries, paged invoices, line items with progress, Esc and the filter.
struct BillingReducerTests {
    typealias B = BillingFixtures

    @Test("B opens billing and loads balance, summaries and invoices once; r loads again")
    func open() {
        var state = Fixtures.loadedState()
        #expect(Fixtures.press([.char("B")], &state) == [.billing(.cancelInvoiceLineItems), .billing(.loadBilling)])
        #expect(state.focus == .billing)
        #expect(state.billing?.invoicesLoad == .loading(loaded: 0, total: nil))
        #expect(state.breadcrumbs == ["Customers", "Billing"])
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
        // Opening again shows what was loaded, without asking again.
        #expect(Fixtures.press([.char("B")], &state) == [])
        #expect(Fixtures.press([.char("r")], &state) == [.billing(.cancelInvoiceLineItems), .billing(.loadBilling)])
    }

    @Test(":billing opens the pane")
    func commandLine() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("billing", &state)
        #expect(Fixtures.press([.enter], &state) == [.billing(.cancelInvoiceLineItems), .billing(.loadBilling)])
        #expect(state.focus == .billing)
    }

    @Test("invoice pages append with progress; balance and summaries are kept")
    func pages() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("B")], &state)
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(Array(B.invoices.prefix(2)).map(InvoiceRow.init), total: nil, isComplete: false)))
        #expect(state.billing?.invoicesLoad == .loading(loaded: 2, total: nil))
        #expect(state.status == .info("Loading invoices… 2"))
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(Array(B.invoices.suffix(1)).map(InvoiceRow.init), total: nil, isComplete: true)))
        _ = AppReducer.reduce(&state, .billing(.balanceLoaded(InvoiceSummaryRow(B.balance))))
        _ = AppReducer.reduce(&state, .billing(.invoiceSummariesFailed("Forbidden (403)")))
        let billing = try #require(state.billing)
        #expect(billing.invoices.map(\.id.rawValue) == ["G000000101", "G000000088", "D010000042"])
        #expect(billing.invoicesLoad == .loaded)
        #expect(billing.balance == InvoiceSummaryRow(B.balance))
        #expect(billing.summariesLoad == .failed("Forbidden (403)"))
    }

    @Test("Enter loads the invoice's line items page by page, with progress in the status line")
    func lineItems() throws {
        var state = B.openState()
        #expect(Fixtures.press([.enter], &state) == [.billing(.loadInvoiceLineItems("G000000101"))])
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.firstPage.map(InvoiceLineRow.init), isComplete: false)))
        #expect(state.status == .info("Loading line items of G000000101… 2 (Esc to stop)"))
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.secondPage.map(InvoiceLineRow.init), isComplete: true)))
        #expect(state.billing?.lineItems?.items.count == 3)
        #expect(state.billing?.lineItems?.load == .loaded)
        #expect(state.status == .info("3 line items of G000000101"))
    }

    @Test("Esc stops a line-item load and keeps what arrived; late pages are dropped")
    func cancel() {
        var state = B.openState()
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.firstPage.map(InvoiceLineRow.init), isComplete: false)))
        #expect(Fixtures.press([.escape], &state) == [.billing(.cancelInvoiceLineItems)])
        #expect(state.focus == .billing)
        #expect(state.billing?.lineItems?.load == .cancelled)
        #expect(state.status == .warning("Stopped loading line items at 2"))
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.secondPage.map(InvoiceLineRow.init), isComplete: true)))
        #expect(state.billing?.lineItems?.items.count == 2)
        // A second Esc goes back to the lists.
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
    }

    @Test("a failure mid-paging is one status line and keeps the pages that arrived")
    func failureMidPaging() {
        var state = B.openState()
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.firstPage.map(InvoiceLineRow.init), isComplete: false)))
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsFailed("G000000101", "The connection was lost")))
        #expect(state.status == .error("Line items of G000000101 stopped after 2: The connection was lost"))
        #expect(state.billing?.lineItems?.items.count == 2)
    }

    @Test("/ filters the line items by customer or order as you type; Esc clears the filter")
    func filter() {
        var state = B.lineItemsState()
        _ = Fixtures.press([.char("/")], &state)
        #expect(state.billing?.isEditingFilter == true)
        _ = Fixtures.type("fabrikam", &state)
        #expect(state.billing?.lineItems?.shown.map(\.orderID) == ["ORD-7F3A21", "ORD-7F3A99"])
        _ = Fixtures.type(" a99", &state)
        #expect(state.billing?.lineItems?.shown.map(\.orderID) == ["ORD-7F3A99"])
        _ = Fixtures.press([.escape], &state)
        #expect(state.billing?.isEditingFilter == false)
        #expect(state.billing?.lineItems?.shown.count == 3)
        #expect(state.focus == .billing)
    }

    @Test("/ before any line items are open explains why")
    func filterUnavailable() {
        var state = B.openState()
        _ = Fixtures.press([.char("/")], &state)
        #expect(state.status == .warning("Open an invoice's line items first (Enter)"))
        #expect(state.billing?.isEditingFilter == false)
    }

    @Test("this month's unbilled charges come above the invoices, one row per currency with charges; the cursor stays on its row")
    func unbilledRows() throws {
        var state = B.openState()
        _ = Fixtures.press([.down], &state)  // on G000000088 before the unbilled charges arrive
        _ = AppReducer.reduce(&state, .billing(.unbilledCurrenciesChosen(["USD", "EUR"])))
        #expect(state.billing?.unbilledLoad == .loading(loaded: 0, total: 2))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesLoaded(UnbilledCharges(currency: "EUR", month: B.start, items: []))))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesLoaded(B.unbilledUSD)))
        let billing = try #require(state.billing)
        #expect(billing.unbilledLoad == .loaded)
        #expect(billing.rows.map(\.id) == [.unbilled(currency: "USD"), .invoice("G000000101"), .invoice("G000000088"), .invoice("D010000042")])
        #expect(billing.selected?.id == "G000000088", "the row under the cursor did not change")
        #expect(AppView.render(state).plainText().contains("This month (unbilled)"))
    }

    @Test("Enter on the unbilled row shows its lines at once (nothing to load); x exports them under an unbilled name")
    func openUnbilled() throws {
        var state = B.unbilledState()
        _ = Fixtures.press([.char("g")], &state)
        #expect(Fixtures.press([.enter], &state) == [.billing(.cancelInvoiceLineItems)])
        let lineItems = try #require(state.billing?.lineItems)
        #expect(lineItems.source == .unbilled(currency: "USD"))
        #expect(lineItems.load == .loaded)
        #expect(lineItems.shown.map(\.orderID) == ["ORD-NEW001", "ORD-NEW002"])
        #expect(state.status == .info("2 unbilled line items in USD this month"))
        _ = Fixtures.press([.char("x")], &state)
        guard case .export(let prompt) = state.overlay else { Issue.record("no export prompt"); return }
        #expect(prompt.field.text == "unbilled-USD-lineitems.csv")
        #expect(prompt.kind == .lineItems(B.unbilledUSD.lines))
    }

    @Test("p on an open month says it is not closed yet; a statement that answers 404 says the same, not HTTP 404 800002")
    func openMonthStatement() {
        var state = B.unbilledState()
        _ = Fixtures.press([.char("g")], &state)
        #expect(Fixtures.press([.char("p")], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status == .warning("This month is not closed yet; its invoice and statement come when it closes"))
        let notFound = PartnerCenterError(
            kind: .service, operation: "download statement", httpStatus: 404, code: "800002", serviceDescription: "No such resource")
        let message = StatementFailure.message("G2026120000", notFound)
        #expect(message == "No statement of G2026120000 yet: its month is not closed (Partner Center issues the statement when it closes)")
        #expect(!message.contains("404") && !message.contains("800002"))
        let refused = PartnerCenterError(kind: .service, operation: "download statement", httpStatus: 500, serviceDescription: "boom")
        #expect(StatementFailure.message("G1", refused).hasPrefix("Statement of G1 not saved: "))
    }

    @Test("B starts on the invoices even when billing was left with the line items focused")
    func startsOnInvoices() {
        var state = B.lineItemsState()
        _ = Fixtures.press([.tab], &state)
        #expect(state.billing?.isLineItemsFocused == true)
        #expect(AppView.render(state).plainText().contains("▶ Line items of G000000101"))
        _ = Fixtures.press([.escape], &state)
        _ = Fixtures.press([.char("B")], &state)
        #expect(state.focus == .billing)
        #expect(state.billing?.isLineItemsFocused == false)
        let text = AppView.render(state).plainText()
        #expect(text.contains("▶ Invoices") && !text.contains("▶ Line items"))
    }

    @Test("a currency whose unbilled charges cannot be read is named; the others still show")
    func unbilledFailure() throws {
        var state = B.openState()
        _ = AppReducer.reduce(&state, .billing(.unbilledCurrenciesChosen(["USD", "EUR"])))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesFailed(currency: "EUR", "Microsoft could not prepare the export")))
        #expect(state.status == .error("Could not read this month's unbilled EUR charges: Microsoft could not prepare the export"))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesLoaded(B.unbilledUSD)))
        #expect(state.billing?.unbilledLoad == .loaded)
        #expect(AppView.render(state).plainText().contains("this month (unbilled) in USD (EUR unreadable)"))
    }
}
