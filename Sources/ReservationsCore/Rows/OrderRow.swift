import Foundation
import PartnerCenter

/// One order as the orders screen shows it. The wire order stays inside for what the core does with it later
/// (following its provisioning link).
public struct OrderRow: Equatable, Sendable {
    let order: Order

    public init(_ order: Order) { self.order = order }

    public var id: OrderID { order.id }
    public var creationDate: Date? { order.creationDate }
    /// `completed`, `pending`… as the service spells it.
    public var statusText: String { order.status.wireName }
    public var isCompleted: Bool { order.status == .completed }
    /// `one_time`, `monthly`… as the service spells it.
    public var billingCycleText: String? { order.billingCycle?.wireName }
    /// A one-time (reservation) order, what `billingType=one_time` lists.
    public var isOneTime: Bool { order.billingCycle == .oneTime }
    public var totalPrice: Decimal? { order.totalPrice }
    public var currencyCode: String? { order.currencyCode }
    public var lines: [OrderLineRow] { order.lineItems.map(OrderLineRow.init) }
    /// How many lines it has, without reading them (the table draws it on every row).
    public var lineCount: Int { order.lineItems.count }
    /// The order's own provisioning-status link, when it sent one.
    public var provisioningLink: ProvisioningLink? { order.links?.provisioningStatus.map(ProvisioningLink.init) }

    /// Where an order's provisioning is read from, kept whole for the request.
    public struct ProvisioningLink: Equatable, Sendable {
        let link: Link

        public init(_ link: Link) { self.link = link }
    }
}
