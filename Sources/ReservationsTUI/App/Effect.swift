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
}
