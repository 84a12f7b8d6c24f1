import PartnerCenter

/// The provisioning status of one order line, as the orders screen shows it.
public struct ProvisioningRow: Equatable, Sendable {
    public var lineItemNumber: Int
    /// `fulfilled`, `unfulfilled`… as the service spells it.
    public var statusText: String
    public var isFulfilled: Bool

    public init(_ status: ProvisioningStatus) {
        lineItemNumber = status.lineItemNumber
        statusText = status.status.wireName
        isFulfilled = status.status == .fulfilled
    }
}
