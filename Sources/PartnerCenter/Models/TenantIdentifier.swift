import Foundation

/// Tenant IDs as billing data spells them.
public enum TenantIdentifier {
    /// The documented line items give `customerId` as `org:{guid}` as often as a bare GUID (meaning of the prefix
    /// UNCONFIRMED); pcres keeps the bare GUID so links like `/customers/{id}/orders` work.
    public static func strippingOrgPrefix(_ id: String) -> String {
        id.lowercased().hasPrefix("org:") ? String(id.dropFirst(4)) : id
    }
}
