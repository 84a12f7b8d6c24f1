/// Provisioning progress of one order line (§3.5, operation 18b).
public struct ProvisioningStatus: Codable, Hashable, Sendable {
    /// `fulfilled`, `unfulfilled` or `prefulfillmentpending`.
    public enum State: LenientEnum {
        case fulfilled, unfulfilled, preFulfillmentPending
        case unknown(String)

        public static let allCases: [State] = [.fulfilled, .unfulfilled, .preFulfillmentPending]

        public var wireName: String {
            switch self {
            case .fulfilled: "fulfilled"
            case .unfulfilled: "unfulfilled"
            case .preFulfillmentPending: "prefulfillmentpending"
            case .unknown(let raw): raw
            }
        }
    }

    /// How many of the line's units are in each state.
    public struct QuantityDetail: Codable, Hashable, Sendable {
        @WireRequired<WireCount> public var quantity: Int
        public var status: State

        public init(quantity: Int, status: State) {
            self.quantity = quantity
            self.status = status
        }
    }

    @WireRequired<WireCount> public var lineItemNumber: Int
    /// The order line's own ID; read when present, matched by `lineItemNumber` otherwise.
    public var orderLineItemId: String?
    public var status: State
    public var quantityProvisioningInformation: [QuantityDetail]?
    public var attributes: ResourceAttributes?

    public init(lineItemNumber: Int, orderLineItemId: String? = nil, status: State, quantityProvisioningInformation: [QuantityDetail]?) {
        self.lineItemNumber = lineItemNumber
        self.orderLineItemId = orderLineItemId
        self.status = status
        self.quantityProvisioningInformation = quantityProvisioningInformation
        self.attributes = ResourceAttributes(objectType: "OrderLineItemProvisioningStatus")
    }
}
