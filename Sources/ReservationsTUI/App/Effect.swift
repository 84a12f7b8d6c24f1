import PartnerCenter

/// I/O the reducer asks for. The effect runner performs it and answers with actions.
public enum Effect: Equatable, Sendable {
    /// Fetch every page of customers, reporting each page.
    case loadCustomers
    /// Stop a running customer load.
    case cancelCustomerLoad
    /// Fetch customer details (for the country), a few at a time.
    case loadCustomerDetails([CustomerID])
    /// Fetch a customer's subscriptions, replacing any earlier such request.
    case loadSubscriptions(CustomerID)
    /// Load a country's catalog (products, SKUs a few products at a time, price sheet), replacing any running load.
    case loadCatalog(CatalogRequest)
    /// Stop a running catalog load.
    case cancelCatalogLoad
    /// Fetch one SKU's availabilities.
    case loadAvailabilities(CatalogItemKey, country: String, scope: ReservationScope?)
    /// Check one SKU's inventory for the customer's Azure subscription in the SKU's region.
    case checkInventory(CatalogItemKey, customerID: CustomerID, azureSubscriptionID: String?, armRegionName: String?,
                        country: String)
}
