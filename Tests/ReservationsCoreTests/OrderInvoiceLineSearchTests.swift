import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct OrderInvoiceLineSearchTests {
    typealias M = MonthlyChargesTests

    @Test("reads only one-time invoices in the order's currency from the order's month on, oldest first, bounded")
    func candidates() {
        let invoices = [
            M.invoice("G5", M.date(2026, 9, 1), 1, "USD"),
            M.invoice("G1", M.date(2026, 2, 1), 1, "USD"),        // before the order's month
            M.invoice("G3", M.date(2026, 3, 1), 1, "USD"),        // the order's month
            M.invoice("G4", M.date(2026, 5, 1), 1, "EUR"),        // another currency
            M.invoice("D1", M.date(2026, 4, 1), 1, "USD", type: "Recurring"),
            M.invoice("G6", M.date(2026, 10, 1), 1, "USD"),
        ]
        let chosen = OrderInvoiceLineSearch.candidates(invoices, orderDate: M.date(2026, 3, 20), currency: "usd", maximum: 2)
        #expect(chosen.map(\.id.rawValue) == ["G3", "G5"])
        let all = OrderInvoiceLineSearch.candidates(invoices, orderDate: nil, currency: nil, maximum: 24)
        #expect(all.map(\.id.rawValue) == ["G1", "G3", "G4", "G5", "G6"])
    }

    @Test("an order's lines are matched by order ID without regard to case")
    func belongs() {
        var item = InvoiceLineItem()
        item.orderId = "ord-7f3a21"
        #expect(OrderInvoiceLineSearch.belongs(item, to: "ORD-7F3A21"))
        #expect(!OrderInvoiceLineSearch.belongs(item, to: "ORD-7F3A22"))
    }
}
