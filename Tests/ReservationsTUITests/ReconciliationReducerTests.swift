import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing

struct ReconciliationReducerTests {
    typealias B = BillingFixtures
    typealias P = PurchaseFixtures

    /// The first customer's orders open, the newest (the reservation order) selected.
    static func ordersState() -> AppState {
        var state = Fixtures.loadedState()
        _ = Fixtures.press([.char("O")], &state)
        _ = AppReducer.reduce(&state, .orders(.ordersLoaded(Fixtures.customers[0].id, [P.olderOrder(), P.placedOrder()].map(OrderRow.init))))
        return state
    }

    static func line(_ invoice: String, charge: String, total: Double) -> InvoiceLineItem {
        var item = B.lineItem("Contoso Ltd", order: P.placedOrderID.rawValue, product: "Standard_D2s_v5 eastus", quantity: 3, total: total)
        item.invoiceNumber = invoice
        item.chargeType = charge
        return item
    }

    @Test("i on an order searches the one-time invoices in its currency from its date, with progress, and lists the lines")
    func orderToLines() throws {
        var state = Self.ordersState()
        let order = try #require(state.orders?.selected)
        #expect(order.id == P.placedOrderID)
        #expect(Fixtures.press([.char("i")], &state) == [.orders(.findOrderInvoiceLines(order.id, orderDate: order.creationDate, currency: "USD"))])
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesChosen(order.id, invoices: 3)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(order.id, matches: [Self.line("G000000088", charge: "new", total: 1_837.08)].map(InvoiceLineRow.init),
                                                                 searched: 1, total: 3)))
        #expect(state.status == .info("Invoice lines of ORD-7F3A21: 1/3 invoices read (Esc stops)"))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(order.id, matches: [], searched: 2, total: 3)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(order.id, matches: [Self.line("G000000101", charge: "cancel", total: -200)].map(InvoiceLineRow.init),
                                                                 searched: 3, total: 3)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesFinished(order.id)))
        #expect(state.status == .info("2 invoice lines of ORD-7F3A21"))
        let screen = AppView.render(state).plainText()
        #expect(screen.contains("Invoice lines of ORD-7F3A21: 2 in 3 of 3 invoices read"))
        #expect(screen.contains("G000000088 · new · Standard_D2s_v5 eastus 1 year · 1,837.08 USD"))
        #expect(screen.contains("G000000101 · cancel · Standard_D2s_v5 eastus 1 year · -200.00 USD"))
    }

    @Test("no matching line is said plainly; Esc stops a search and keeps what was found")
    func noneAndCancel() throws {
        var state = Self.ordersState()
        _ = Fixtures.press([.char("i")], &state)
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesChosen(P.placedOrderID, invoices: 2)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(P.placedOrderID, matches: [], searched: 2, total: 2)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesFinished(P.placedOrderID)))
        #expect(state.status == .warning("No one-time invoice line mentions order ORD-7F3A21 (2 invoices read)"))
        #expect(AppView.render(state).plainText().contains("No one-time invoice line mentions order ORD-7F3A21 (2 of 2 invoices read)"))

        _ = Fixtures.press([.char("i")], &state)
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesChosen(P.placedOrderID, invoices: 5)))
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(P.placedOrderID, matches: [Self.line("G1", charge: "new", total: 1)].map(InvoiceLineRow.init),
                                                                 searched: 1, total: 5)))
        #expect(Fixtures.press([.escape], &state) == [.orders(.cancelOrderInvoiceLines)])
        #expect(state.focus == .orders)
        #expect(state.orders?.invoiceLines?.load == .cancelled)
        #expect(state.status == .warning("Stopped after 1 invoice; 1 line of ORD-7F3A21 found"))
        // A late answer does not change a stopped search.
        _ = AppReducer.reduce(&state, .orders(.orderInvoiceLinesSearched(P.placedOrderID, matches: [Self.line("G2", charge: "new", total: 1)].map(InvoiceLineRow.init),
                                                                 searched: 2, total: 5)))
        #expect(state.orders?.invoiceLines?.items.count == 1)
    }

    @Test("Tab moves to the line items; o opens the line item's order in the orders pane, fetched by ID and selected")
    func lineToOrder() throws {
        var state = B.lineItemsState()
        _ = Fixtures.press([.char("o")], &state)
        #expect(state.status == .warning("Select a line item first (Tab moves to the line items)"))
        _ = Fixtures.press([.tab, .down], &state)
        #expect(state.billing?.isLineItemsFocused == true)
        #expect(state.billing?.table.selectedIndex == 0)
        let item = try #require(state.billing?.selectedLineItem)
        let customer = CustomerID(try #require(item.customerID))
        let order = OrderID(try #require(item.orderID))
        let effects = Fixtures.press([.char("o")], &state)
        #expect(effects == [.orders(.loadOrders(customer, oneTimeOnly: false)), .orders(.loadOrder(customer, order))])
        #expect(state.focus == .orders)
        // The list does not have it yet (new orders take minutes to appear); the order by ID is added and selected.
        _ = AppReducer.reduce(&state, .orders(.ordersLoaded(customer, [P.olderOrder()].map(OrderRow.init))))
        var placed = P.placedOrder()
        placed.id = order
        let detail = AppReducer.reduce(&state, .orders(.orderLoaded(customer, OrderRow(placed))))
        #expect(state.orders?.selected?.id == order)
        #expect(state.orders?.items.count == 2)
        #expect(detail == [.orders(.loadOrderProvisioning(customer, order))])
    }

    @Test("an order that cannot be loaded by ID is one error line naming it")
    func orderMissing() throws {
        var state = B.lineItemsState()
        _ = Fixtures.press([.tab, .char("o")], &state)
        let item = try #require(state.billing?.selectedLineItem)
        let customer = CustomerID(try #require(item.customerID))
        _ = AppReducer.reduce(&state, .orders(.orderLoadFailed(customer, OrderID(item.orderID!), "Not found (404)")))
        #expect(state.status == .error("Order \(item.orderID!) of \(item.customerName!) could not be loaded: Not found (404)"))
    }
}
