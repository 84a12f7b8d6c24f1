import PartnerCenter

/// One line of an order as the orders screen's details show it.
public struct OrderLineRow: Equatable, Sendable {
    public var lineItemNumber: Int
    public var quantity: Int
    /// The line's friendly name, else its offer ID.
    public var name: String
    /// `P1Y`, `P3Y`.
    public var termDuration: String?
    /// `shared`, `single`, as the line's provisioning context says.
    public var scope: String?
    /// The Azure subscription it was bought on, as the line's provisioning context says.
    public var subscriptionID: String?

    init(_ item: OrderLineItem) {
        lineItemNumber = item.lineItemNumber
        quantity = item.quantity
        name = item.friendlyName ?? item.offerId
        termDuration = item.termDuration
        scope = item.provisioningContext?["scope"]
        subscriptionID = item.provisioningContext?["subscriptionId"]
    }
}
