/// The `targetView` of a product listing (§3.3 op 6). The four reservation views are typed; anything else
/// (`Azure`, `OnlineServices`, …) can be passed as `unknown("…")`, and is kept when received.
public enum CatalogView: LenientEnum {
    /// Every reservation product.
    case azureReservations
    /// Virtual machine reservations only.
    case azureReservationsVM
    /// SQL reservations only.
    case azureReservationsSQL
    /// Cosmos DB reservations only.
    case azureReservationsCosmosDB
    case unknown(String)

    public static let allCases: [CatalogView] = [
        .azureReservations, .azureReservationsVM, .azureReservationsSQL, .azureReservationsCosmosDB,
    ]

    public var wireName: String {
        switch self {
        case .azureReservations: "AzureReservations"
        case .azureReservationsVM: "AzureReservationsVM"
        case .azureReservationsSQL: "AzureReservationsSQL"
        case .azureReservationsCosmosDB: "AzureReservationsCosmosDb"
        case .unknown(let raw): raw
        }
    }
}
