import Foundation

/// One Azure reservation behind a reserved-instance artifact (§4.6).
public struct Reservation: Codable, Hashable, Sendable, Identifiable {
    public var reservationId: String
    public var displayName: String?
    /// `Shared` or `Single`.
    public var scopeType: String?
    /// Only when not shared.
    public var appliedScopes: [String]?
    public var quantity: Int
    public var effectiveDateTime: Date?
    public var expiryDateTime: Date?
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

    private enum CodingKeys: String, CodingKey {
        case reservationId, displayName, scopeType, appliedScopes, quantity, effectiveDateTime, expiryDateTime
        case provisioningState
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reservationId = try container.decode(String.self, forKey: .reservationId)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        scopeType = try container.decodeIfPresent(String.self, forKey: .scopeType)
        appliedScopes = try container.decodeIfPresent([String].self, forKey: .appliedScopes)
        quantity = try container.decodeIfPresent(LenientInt.self, forKey: .quantity)?.value ?? 0
        effectiveDateTime = try container.decodeIfPresent(WireDate.self, forKey: .effectiveDateTime)?.date
        expiryDateTime = try container.decodeIfPresent(WireDate.self, forKey: .expiryDateTime)?.date
        provisioningState = try container.decodeIfPresent(String.self, forKey: .provisioningState)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reservationId, forKey: .reservationId)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(scopeType, forKey: .scopeType)
        try container.encodeIfPresent(appliedScopes, forKey: .appliedScopes)
        try container.encode(quantity, forKey: .quantity)
        try container.encodeIfPresent(effectiveDateTime.map(WireDate.init), forKey: .effectiveDateTime)
        try container.encodeIfPresent(expiryDateTime.map(WireDate.init), forKey: .expiryDateTime)
        try container.encodeIfPresent(provisioningState, forKey: .provisioningState)
    }
}
