import Foundation

/// One Azure reservation behind a reserved-instance artifact (§4.6).
public struct Reservation: Codable, Hashable, Sendable, Identifiable {
    public var reservationId: String
    public var displayName: String?
    /// `Shared` or `Single`.
    public var scopeType: String?
    /// Only when not shared.
    public var appliedScopes: [String]?
    @WireOr<WireCount> public var quantity: Int
    @Wire<WireTimestamp> public var effectiveDateTime: Date?
    @Wire<WireTimestamp> public var expiryDateTime: Date?
    public var provisioningState: String?

    public var id: String { reservationId }

    public init(
        reservationId: String, displayName: String?, scopeType: String?, appliedScopes: [String]?, quantity: Int,
        effectiveDateTime: Date?, expiryDateTime: Date?, provisioningState: String?
    ) {
        self.reservationId = reservationId
        self.displayName = displayName
        self.scopeType = scopeType
        self.appliedScopes = appliedScopes
        self.quantity = quantity
        self.effectiveDateTime = effectiveDateTime
        self.expiryDateTime = expiryDateTime
        self.provisioningState = provisioningState
    }
}
