/// One entry of a SKU's `purchasePrerequisites` (§4.1).
public enum PurchasePrerequisite: LenientEnum {
    /// Run `checkInventory` before buying (§3.3 op 10).
    case inventoryCheck
    /// The Azure subscription must be registered for reservations (§3.2).
    case azureSubscriptionRegistration
    case microsoftCloudAgreement
    case microsoftCustomerAgreement
    case unknown(String)

    public static let allCases: [PurchasePrerequisite] = [
        .inventoryCheck, .azureSubscriptionRegistration, .microsoftCloudAgreement, .microsoftCustomerAgreement,
    ]

    public var wireName: String {
        switch self {
        case .inventoryCheck: "InventoryCheck"
        case .azureSubscriptionRegistration: "AzureSubscriptionRegistration"
        case .microsoftCloudAgreement: "MicrosoftCloudAgreement"
        case .microsoftCustomerAgreement: "MicrosoftCustomerAgreement"
        case .unknown(let raw): raw
        }
    }
}
