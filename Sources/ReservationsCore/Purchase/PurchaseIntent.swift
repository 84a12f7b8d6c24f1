import Crypto
import Foundation
import PartnerCenter

/// What an operator decided to buy for one customer, under one idempotency key.
///
/// The `id` is the idempotency key: every request this intent sends derives its `MS-RequestId` from it, and the
/// checkout journal keys on it, so re-running the same intent after a crash or timeout never buys twice.
public struct PurchaseIntent: Codable, Hashable, Sendable, Identifiable {
    /// The idempotency key, e.g. a UUID or a key a script chose (`--idempotency-key`).
    public var id: String
    public var customerID: CustomerID
    public var lines: [PurchaseLine]
    public var createdAt: Date
    /// The profile (backend) the intent was made on, e.g. `sandbox`.
    public var profile: String

    public init(id: String = UUID().uuidString.lowercased(), customerID: CustomerID, lines: [PurchaseLine], createdAt: Date = Date(), profile: String) {
        self.id = id
        self.customerID = customerID
        self.lines = lines
        self.createdAt = createdAt
        self.profile = profile
    }

    /// The cart to create: the lines numbered from 0, each with the provisioning the service gave for it
    /// (`provisioning[i]` for `lines[i]`).
    public func cart(provisioning: [LineProvisioning]) -> Cart {
        Cart(lineItems: zip(lines.indices, provisioning).map { index, facts in lines[index].cartLineItem(index: index, provisioning: facts) })
    }

    /// True when `other` asks for the same purchase (same customer and lines), whatever its time and profile.
    public func isSamePurchase(as other: PurchaseIntent) -> Bool {
        customerID == other.customerID && lines == other.lines
    }

    /// A GUID derived from the key and a purpose (`cart`, `checkout`): the same key always gives the same
    /// `MS-RequestId`, even when the process died before the journal recorded it.
    public func requestID(for purpose: String) -> RequestID {
        var bytes = Array(SHA256.hash(data: Data("pcres:\(id):\(purpose)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8: custom, name-based
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return RequestID(parts.joined(separator: "-"))
    }
}
