import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The orders pane: one customer's orders, and the selected order's provisioning.
public struct OrdersState: ScreenState {
    public var customerID: CustomerID
    public var customerName: String
    public var items: [OrderRow] = []
    public var table = TableState()
    public var load: LoadState = .idle
    /// Only one-time (reservation) orders, as `billingType=one_time` asks the service.
    public var oneTimeOnly = false
    /// Orders the last checkout created, marked in the list.
    public var justPlaced: Set<OrderID> = []
    /// Orders this host placed that Partner Center does not list yet (it lists them up to 15 minutes late), with
    /// when they were placed; shown, marked, until the list has them.
    public var unlisted: [OrderID: Date] = [:]
    public var detail: OrderDetail?
    /// The selected order's one-time invoice lines, once `i` asked for them.
    public var invoiceLines: OrderInvoiceLines?
    /// An order opened from an invoice line: selected once it is in the list, fetched by ID if it is not.
    public var wantedOrder: OrderID?

    public init(customerID: CustomerID, customerName: String) {
        self.customerID = customerID
        self.customerName = customerName
    }

    public var selected: OrderRow? { items.indices.contains(table.selectedIndex) ? items[table.selectedIndex] : nil }
}

/// The provisioning status of one order's line items.
public struct OrderDetail: Equatable, Sendable {
    public var orderID: OrderID
    public var provisioning: [ProvisioningRow] = []
    public var load: LoadState = .loading(loaded: 0, total: nil)

    public init(orderID: OrderID) { self.orderID = orderID }
}
