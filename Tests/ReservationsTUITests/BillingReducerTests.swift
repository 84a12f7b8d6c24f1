import Foundation
import PartnerCenter
import ReservationsTUI
import TerminalUI
import Testing

/// The billing pane: balance, summaries, paged invoices, line items with progress, Esc and the filter.
struct BillingReducerTests {
    typealias B = BillingFixtures

    @Test("B opens billing and loads balance, summaries and invoices once; r loads again")
    func open() {
        var state = Fixtures.loadedState()
        #expect(Fixtures.press([.char("B")], &state) == [.cancelInvoiceLineItems, .loadBilling])
        #expect(state.focus == .billing)
        #expect(state.billing?.invoicesLoad == .loading(loaded: 0, total: nil))
        #expect(state.breadcrumbs == ["Customers", "Billing"])
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
        // Opening again shows what was loaded, without asking again.
        #expect(Fixtures.press([.char("B")], &state) == [])
        #expect(Fixtures.press([.char("r")], &state) == [.cancelInvoiceLineItems, .loadBilling])
    }

    @Test(":billing opens the pane")
    func commandLine() {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char(":")], &state)
        _ = Fixtures.type("billing", &state)
        #expect(Fixtures.press([.enter], &state) == [.cancelInvoiceLineItems, .loadBilling])
        #expect(state.focus == .billing)
    }

    @Test("invoice pages append with progress; balance and summaries are kept")
    func pages() throws {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("B")], &state)
        _ = AppReducer.reduce(&state, .invoicesPageLoaded(Array(B.invoices.prefix(2)), total: nil, isComplete: false))
        #expect(state.billing?.invoicesLoad == .loading(loaded: 2, total: nil))
        #expect(state.status == .info("Loading invoices… 2"))
        _ = AppReducer.reduce(&state, .invoicesPageLoaded(Array(B.invoices.suffix(1)), total: nil, isComplete: true))
        _ = AppReducer.reduce(&state, .balanceLoaded(B.balance))
        _ = AppReducer.reduce(&state, .invoiceSummariesFailed("Forbidden (403)"))
        let billing = try #require(state.billing)
        #expect(billing.invoices.map(\.id.rawValue) == ["G000000101", "G000000088", "D010000042"])
        #expect(billing.invoicesLoad == .loaded)
        #expect(billing.balance == B.balance)
        #expect(billing.summariesLoad == .failed("Forbidden (403)"))
    }

    @Test("Enter loads the invoice's line items page by page, with progress in the status line")
    func lineItems() throws {
        var state = B.openState()
        #expect(Fixtures.press([.enter], &state) == [.loadInvoiceLineItems("G000000101")])
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.firstPage, isComplete: false))
        #expect(state.status == .info("Loading line items of G000000101… 2 (Esc to stop)"))
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.secondPage, isComplete: true))
        #expect(state.billing?.lineItems?.items.count == 3)
        #expect(state.billing?.lineItems?.load == .loaded)
        #expect(state.status == .info("3 line items of G000000101"))
    }

    @Test("Esc stops a line-item load and keeps what arrived; late pages are dropped")
    func cancel() {
        var state = B.openState()
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.firstPage, isComplete: false))
        #expect(Fixtures.press([.escape], &state) == [.cancelInvoiceLineItems])
        #expect(state.focus == .billing)
        #expect(state.billing?.lineItems?.load == .cancelled)
        #expect(state.status == .warning("Stopped loading line items at 2"))
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.secondPage, isComplete: true))
        #expect(state.billing?.lineItems?.items.count == 2)
        // A second Esc goes back to the lists.
        _ = Fixtures.press([.escape], &state)
        #expect(state.focus == .subscriptions)
    }

    @Test("a failure mid-paging is one status line and keeps the pages that arrived")
    func failureMidPaging() {
        var state = B.openState()
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.firstPage, isComplete: false))
        _ = AppReducer.reduce(&state, .invoiceLineItemsFailed("G000000101", "The connection was lost"))
        #expect(state.status == .error("Line items of G000000101 stopped after 2: The connection was lost"))
        #expect(state.billing?.lineItems?.items.count == 2)
    }

    @Test("/ filters the line items by customer or order as you type; Esc clears the filter")
    func filter() {
        var state = B.lineItemsState()
        _ = Fixtures.press([.char("/")], &state)
        #expect(state.billing?.isEditingFilter == true)
        _ = Fixtures.type("fabrikam", &state)
        #expect(state.billing?.lineItems?.shown.map(\.orderId) == ["ORD-7F3A21", "ORD-7F3A99"])
        _ = Fixtures.type(" a99", &state)
        #expect(state.billing?.lineItems?.shown.map(\.orderId) == ["ORD-7F3A99"])
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
}
