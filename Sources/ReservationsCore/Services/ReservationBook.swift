import PartnerCenter

/// A customer's reservations (§3.6, §4.6): the reserved-instance entitlements with expiry, the reservations behind
/// one, and a renewal plan built from them.
public struct ReservationBook: Sendable {
    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    public func reservations(customerID: CustomerID) async throws -> [Entitlement] {
        try await client.customers.byID(customerID).entitlements.list(type: "reservedInstance", showExpiry: true)
    }

    public func details(customerID: CustomerID, artifact: Artifact) async throws -> ReservationDetails {
        try await client.customers.byID(customerID).entitlements.reservationDetails(for: artifact)
    }

    /// The customer's country from their billing profile, nil when the profile names none.
    public func country(of customerID: CustomerID) async throws -> String? {
        try await client.customers.byID(customerID).get().billingProfile?.defaultAddress?.country
    }

    /// Cart lines that buy `entitlements` again at today's catalog and prices (see ``RenewalPlanner``).
    public func planRenewal(
        customerID: CustomerID, country: String, entitlements: [Entitlement], firstLineID: Int
    ) async throws -> RenewalPlanner.Plan {
        try await RenewalPlanner(client: client).plan(
            customerID: customerID, country: country, entitlements: entitlements, firstLineID: firstLineID)
    }

    // MARK: - As the screens show them

    /// The customer's reservation entitlements as rows.
    public func reservationRows(customerID: CustomerID) async throws -> [ReservationRow] {
        try await reservations(customerID: customerID).map(ReservationRow.init)
    }

    /// The reservations behind one row's details link.
    public func details(customerID: CustomerID, link: ReservationDetailsLink) async throws -> ReservationDetailsRow {
        ReservationDetailsRow(try await details(customerID: customerID, artifact: link.artifact))
    }

    /// What renewing these rows takes; sends nothing.
    public func planRenewal(
        customerID: CustomerID, country: String, reservations: [ReservationRow], firstLineID: Int
    ) async throws -> RenewalPlanner.Plan {
        try await planRenewal(customerID: customerID, country: country, entitlements: reservations.map(\.entitlement), firstLineID: firstLineID)
    }
}
