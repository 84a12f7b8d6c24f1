import Foundation

/// `/customers/{id}/entitlements` (operation 19, App+User only) and the reservation details behind them.
public struct EntitlementsResource: Sendable {
    let client: PartnerCenterClient
    let customerPath: String

    /// The customer's entitlements.
    /// - Parameters:
    ///   - type: `reservedInstance` for reservations (VM, SQL…), `software`, or nil for all.
    ///   - showExpiry: fill in `expiryDate`.
    public func list(type: String? = "reservedInstance", showExpiry: Bool = true) async throws -> [Entitlement] {
        var query: [URLQueryItem] = []
        if let type { query.append(URLQueryItem(name: "entitlementType", value: type)) }
        if showExpiry { query.append(URLQueryItem(name: "showExpiry", value: "true")) }
        return try await client.allItems(
            APIRequest(operation: "list entitlements", path: customerPath + "/entitlements", query: query), of: Entitlement.self)
    }

    /// The reservations behind a reserved-instance artifact, by following its link.
    public func reservationDetails(for artifact: Artifact) async throws -> ReservationDetails {
        guard let link = artifact.link else {
            throw PartnerCenterError(kind: .malformedResponse(field: "entitledArtifacts.link"), operation: "get reservation details")
        }
        let (path, query) = PartnerCenterClient.split(link.uri)
        return try await client.send(
            APIRequest(operation: "get reservation details", path: path, query: query), as: ReservationDetails.self)
    }
}
