import PartnerCenter

/// What the service says about one line's SKU and subscription, which decides the line's `provisioningContext`:
/// the keys are those the SKU lists in `provisioningVariables` (§4.1, notes-2 §4), and an Azure plan is bought on
/// the plan's own subscription ID.
public struct LineProvisioning: Hashable, Sendable {
    /// The SKU's `provisioningVariables`, e.g. `Scope`, `SubscriptionId` and, for MS-AZR-0145P, `Duration`.
    public var variables: [String]
    /// The SKU's `dynamicAttributes.duration` (`1Year`, `3Years`), copied verbatim when the SKU asks for it.
    public var duration: String?
    /// The kind of the line's CSP subscription; nil when it was not in the customer's list.
    public var subscriptionKind: SubscriptionKind?

    public init(variables: [String], duration: String?, subscriptionKind: SubscriptionKind?) {
        self.variables = variables
        self.duration = duration
        self.subscriptionKind = subscriptionKind
    }

    public init(sku: SKU, subscriptionKind: SubscriptionKind?) {
        self.init(variables: sku.provisioningVariables, duration: sku.duration, subscriptionKind: subscriptionKind)
    }

    /// True when the SKU lists `Duration` (matched case-insensitively, as the service reads keys).
    public var asksForDuration: Bool { variables.contains { $0.lowercased() == "duration" } }
}
