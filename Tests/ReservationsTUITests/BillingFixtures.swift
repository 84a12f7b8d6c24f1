import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI

/// The partner's billing as the service returns it: a balance, two currencies, three invoices, line items.
enum BillingFixtures {
    static let day: TimeInterval = 86_400
    static let start = Date(timeIntervalSince1970: 1_795_564_800)  // 2026-11-25 UTC

    static let balance = InvoiceSummary(
        balanceAmount: Decimal(string: "12345.67")!, currencyCode: "USD", currencySymbol: "$", latestInvoiceDate: start,
        lastPaymentDate: start.addingTimeInterval(-20 * day), lastPaymentAmount: 4_000)

    static let summaries = [
        balance,
        InvoiceSummary(balanceAmount: 980.5, currencyCode: "EUR", currencySymbol: "€", latestInvoiceDate: start),
    ]

    static func invoice(_ id: String, daysAgo: Double, total: Double, paid: Double?, oneTime: Bool = true) -> Invoice {
        Invoice(
            id: InvoiceID(id), invoiceDate: start.addingTimeInterval(-daysAgo * day), totalCharges: Decimal(printedDigitsOf: total), paidAmount: paid.map(Decimal.init(printedDigitsOf:)),
            currencyCode: "USD", currencySymbol: "$", invoiceType: oneTime ? "OneTime" : "Recurring", invoiceDetails: [])
    }

    static let invoices = [
        invoice("G000000101", daysAgo: 5, total: 1_837.08, paid: nil),
        invoice("G000000088", daysAgo: 35, total: 612.36, paid: 612.36),
        invoice("D010000042", daysAgo: 40, total: 900, paid: 900, oneTime: false),
    ]

    static func lineItem(_ customer: String, order: String, product: String, quantity: Double, total: Double) -> InvoiceLineItem {
        var item = InvoiceLineItem()
        item.customerName = customer
        item.customerId = "cid-" + customer.lowercased().filter(\.isLetter)
        item.orderId = order
        item.productName = product
        item.skuName = "1 year"
        item.quantity = Decimal(printedDigitsOf: quantity)
        item.totalForCustomer = Decimal(printedDigitsOf: total)
        item.currency = "USD"
        item.invoiceNumber = "G000000101"
        return item
    }

    static let firstPage = [
        lineItem("Fabrikam Inc", order: "ORD-7F3A21", product: "Standard_D2s_v5 eastus", quantity: 3, total: 1_837.08),
        lineItem("Northwind Traders", order: "ORD-55AA10", product: "Standard_E4s_v5 westeurope", quantity: 1, total: 1_204.5),
    ]
    static let secondPage = [
        lineItem("Fabrikam Inc", order: "ORD-7F3A99", product: "SQL Database vCore", quantity: 2, total: 820),
    ]

    /// This month's unbilled charges: two USD purchases (nothing in EUR).
    static let unbilledUSD: UnbilledCharges = {
        var first = lineItem("Contoso Ltd", order: "ORD-NEW001", product: "Standard_D4s_v5 westus2", quantity: 2, total: 2_480)
        var second = lineItem("Fabrikam Inc", order: "ORD-NEW002", product: "Standard_B2s eastus", quantity: 1, total: 310.25)
        first.invoiceNumber = ""
        second.invoiceNumber = ""
        return UnbilledCharges(currency: "USD", month: start, items: [first, second])
    }()

    /// `openState` with this month's unbilled charges read (USD has some, EUR none).
    static func unbilledState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = openState(size: size)
        _ = AppReducer.reduce(&state, .billing(.unbilledCurrenciesChosen(["USD", "EUR"])))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesLoaded(UnbilledCharges(currency: "EUR", month: start, items: []))))
        _ = AppReducer.reduce(&state, .billing(.unbilledChargesLoaded(unbilledUSD)))
        return state
    }

    /// Billing open with everything loaded (first customer selected behind it).
    static func openState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = Fixtures.loadedState(size: size)
        _ = Fixtures.press([.char("B")], &state)
        _ = AppReducer.reduce(&state, .billing(.balanceLoaded(InvoiceSummaryRow(balance))))
        _ = AppReducer.reduce(&state, .billing(.invoiceSummariesLoaded(summaries.map(InvoiceSummaryRow.init))))
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(Array(invoices.prefix(2)).map(InvoiceRow.init), total: nil, isComplete: false)))
        _ = AppReducer.reduce(&state, .billing(.invoicesPageLoaded(Array(invoices.suffix(1)).map(InvoiceRow.init), total: nil, isComplete: true)))
        return state
    }

    /// The first invoice's line items, both pages loaded.
    static func lineItemsState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = openState(size: size)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", firstPage.map(InvoiceLineRow.init), isComplete: false)))
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", secondPage.map(InvoiceLineRow.init), isComplete: true)))
        return state
    }
}
