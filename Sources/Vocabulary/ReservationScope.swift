/// The `reservationScope` query value (§2, §8.4). Pass `.azurePlan` for customers buying against an
/// Azure plan; pass nil (omit the parameter) for MS-AZR-0145P subscriptions.
public enum ReservationScope: LenientEnum {
    /// `reservationScope=AzurePlan`: catalog items for Azure plans, with their own availabilities.
    case azurePlan
    case unknown(String)

    public static let allCases: [ReservationScope] = [.azurePlan]

    public var wireName: String {
        switch self {
        case .azurePlan: "AzurePlan"
        case .unknown(let raw): raw
        }
    }
}
