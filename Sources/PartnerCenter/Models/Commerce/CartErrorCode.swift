/// Per-line cart problems (§4.4), with a sentence an operator can act on.
public enum CartErrorCode: LenientEnum {
    case unknownError, currencyIsNotSupported, catalogItemIdIsNotValid, quotaNotAvailable, inventoryNotAvailable
    case participantsIsNotSupportedForPartner, unableToProcessCartLineItem, subscriptionIsNotValid
    case subscriptionIsNotEnabledForRI, sandboxLimitExceeded, invalidInput, subscriptionNotRegistered
    case attestationNotAccepted, maxAllowedSeatsPerSubscriptionExceeded
    case unknown(String)

    public static let allCases: [CartErrorCode] = [
        .unknownError, .currencyIsNotSupported, .catalogItemIdIsNotValid, .quotaNotAvailable, .inventoryNotAvailable,
        .participantsIsNotSupportedForPartner, .unableToProcessCartLineItem, .subscriptionIsNotValid,
        .subscriptionIsNotEnabledForRI, .sandboxLimitExceeded, .invalidInput, .subscriptionNotRegistered,
        .attestationNotAccepted, .maxAllowedSeatsPerSubscriptionExceeded,
    ]

    public var wireName: String {
        switch self {
        case .unknownError: "Unknown"
        case .currencyIsNotSupported: "CurrencyIsNotSupported"
        case .catalogItemIdIsNotValid: "CatalogItemIdIsNotValid"
        case .quotaNotAvailable: "QuotaNotAvailable"
        case .inventoryNotAvailable: "InventoryNotAvailable"
        case .participantsIsNotSupportedForPartner: "ParticipantsIsNotSupportedForPartner"
        case .unableToProcessCartLineItem: "UnableToProcessCartLineItem"
        case .subscriptionIsNotValid: "SubscriptionIsNotValid"
        case .subscriptionIsNotEnabledForRI: "SubscriptionIsNotEnabledForRI"
        case .sandboxLimitExceeded: "SandboxLimitExceeded"
        case .invalidInput: "InvalidInput"
        case .subscriptionNotRegistered: "SubscriptionNotRegistered"
        case .attestationNotAccepted: "AttestationNotAccepted"
        case .maxAllowedSeatsPerSubscriptionExceeded: "MaxAllowedSeatsPerSubscriptionExceeded"
        case .unknown(let raw): raw
        }
    }

    /// The numeric code of §4.4.
    public var number: Int? {
        switch self {
        case .unknownError: 0
        case .currencyIsNotSupported: 10000
        case .catalogItemIdIsNotValid: 10001
        case .quotaNotAvailable: 10002
        case .inventoryNotAvailable: 10003
        case .participantsIsNotSupportedForPartner: 10004
        case .unableToProcessCartLineItem: 10006
        case .subscriptionIsNotValid: 10007
        case .subscriptionIsNotEnabledForRI: 10008
        case .sandboxLimitExceeded: 10009
        case .invalidInput: 10010
        case .subscriptionNotRegistered: 10011
        case .attestationNotAccepted: 10012
        case .maxAllowedSeatsPerSubscriptionExceeded: 10015
        case .unknown: nil
        }
    }

    /// What the operator should do about it.
    public var advice: String {
        switch self {
        case .unknownError, .unknown: "The line could not be processed; check it and try again."
        case .currencyIsNotSupported: "The currency is not valid for the customer's market."
        case .catalogItemIdIsNotValid: "The catalog item is not valid any more; reload the catalog and add it again."
        case .quotaNotAvailable: "There is not enough quota for this quantity; lower it or request quota."
        case .inventoryNotAvailable: "There is no inventory for this item in this region; pick another region or size."
        case .participantsIsNotSupportedForPartner: "Participants are not allowed for this partner; remove them."
        case .unableToProcessCartLineItem: "The line could not be processed; check it and try again."
        case .subscriptionIsNotValid: "The subscription is not valid for reservations; pick another one."
        case .subscriptionIsNotEnabledForRI: "The subscription is not enabled for reservations; register it first."
        case .sandboxLimitExceeded: "The sandbox limit was reached."
        case .invalidInput: "A value on this line is invalid; check quantity, term and scope."
        case .subscriptionNotRegistered: "The subscription is not registered; register it and wait until it is registered."
        case .attestationNotAccepted: "The attestation was not accepted."
        case .maxAllowedSeatsPerSubscriptionExceeded: "The quantity exceeds what this subscription allows; lower it."
        }
    }
}

extension CartErrorCode {
    /// The code as its name or as its number (§4.4 documents both).
    public enum Reading: WireReading {
        public static func read(from container: any SingleValueDecodingContainer) throws -> CartErrorCode? {
            if let number = try? container.decode(Int.self) {
                return CartErrorCode.allCases.first { $0.number == number } ?? .unknown(String(number))
            }
            return try container.decode(CartErrorCode.self)
        }

        public static func write(_ value: CartErrorCode, to container: inout any SingleValueEncodingContainer) throws {
            try container.encode(value)
        }
    }
}
