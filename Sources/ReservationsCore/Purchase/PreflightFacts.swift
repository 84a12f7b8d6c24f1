import Foundation
import PartnerCenter

/// What preflight learned from the service, so the checks themselves are a pure function (and testable offline).
public struct PreflightFacts: Sendable {
    /// The customer's two-letter country, nil when unknown.
    public var customerCountry: String?
    /// SKUs by line index; a missing entry means the SKU could not be read.
    public var skus: [Int: SKU]
    /// Whether each line's catalog item is among its SKU's current availabilities; missing means unknown.
    public var catalogItemIsCurrent: [Int: Bool]
    /// Registration state per CSP subscription.
    public var registration: [SubscriptionID: RegistrationStatus.State]
    /// Lifecycle status per CSP subscription, from the customer's subscription list; missing means unknown.
    public var subscriptionStatus: [SubscriptionID: SubscriptionStatus]
    /// Friendly names per CSP subscription, from the same list, so problems name what the operator sees.
    public var subscriptionNames: [SubscriptionID: String]
    /// The kind of each CSP subscription, from the same list (an Azure plan buys only shared reservations).
    public var subscriptionKinds: [SubscriptionID: SubscriptionKind]
    /// Inventory restrictions per line that required a check; an empty list means not restricted.
    public var inventoryRestrictions: [Int: [String]]
    /// The journaled cart, when the intent already has one.
    public var existingCart: Cart?
    /// Facts that could not be fetched: each becomes a `checkFailed` problem.
    public var failures: [PreflightProblem]

    public init(
        customerCountry: String? = nil, skus: [Int: SKU] = [:], catalogItemIsCurrent: [Int: Bool] = [:],
        registration: [SubscriptionID: RegistrationStatus.State] = [:], inventoryRestrictions: [Int: [String]] = [:],
        existingCart: Cart? = nil, failures: [PreflightProblem] = [],
        subscriptionStatus: [SubscriptionID: SubscriptionStatus] = [:], subscriptionNames: [SubscriptionID: String] = [:],
        subscriptionKinds: [SubscriptionID: SubscriptionKind] = [:]
    ) {
        self.subscriptionKinds = subscriptionKinds
        self.customerCountry = customerCountry
        self.skus = skus
        self.catalogItemIsCurrent = catalogItemIsCurrent
        self.registration = registration
        self.inventoryRestrictions = inventoryRestrictions
        self.existingCart = existingCart
        self.failures = failures
        self.subscriptionStatus = subscriptionStatus
        self.subscriptionNames = subscriptionNames
    }

    /// `subscription "Dev/Test"`, or `subscription 1f0c…` (the ID) when no name is known.
    public func subscriptionLabel(_ id: SubscriptionID) -> String {
        guard let name = subscriptionNames[id]?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            return "subscription \(id)"
        }
        return "subscription \"\(name)\""
    }
}
