/// Which reservation catalog a subscription buys from (§2): Azure plans need `reservationScope=AzurePlan`.
public enum SubscriptionKind: String, Codable, Hashable, Sendable {
    /// MS-AZR-0145P, the legacy CSP Azure offer.
    case legacyAzure
    /// A Microsoft Azure plan.
    case azurePlan
    /// Anything else (licences, software); reservations cannot be bought against it.
    case other

    /// The `reservationScope` its catalog is read and bought with: `AzurePlan` for Azure plans, none otherwise.
    public var reservationScope: ReservationScope? { self == .azurePlan ? .azurePlan : nil }

    /// A short label for tables.
    public var label: String {
        switch self {
        case .legacyAzure: "MS-AZR-0145P"
        case .azurePlan: "Azure plan"
        case .other: "other"
        }
    }
}
