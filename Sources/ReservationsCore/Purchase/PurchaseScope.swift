/// Which subscriptions a reservation's discount applies to: every subscription of the billing context (`shared`)
/// or one subscription (`single`). Sent as `provisioningContext.scope`.
public enum PurchaseScope: String, Codable, Hashable, Sendable, CaseIterable {
    case shared
    case single
}
