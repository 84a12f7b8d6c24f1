import Foundation
import PartnerCenter
import ReservationsCore

/// Intents, lines and temporary folders for the purchase tests.
enum PurchaseFixtures {
    static func line(quantity: Int = 2, subscription: String = "sub-1", name: String? = "web tier") -> PurchaseLine {
        PurchaseLine(
            catalogItemID: "DZH318Z0BQ3Q:0001:DZH318Z0BQ3P", quantity: quantity, termDuration: "P1Y", scope: .shared,
            subscriptionID: SubscriptionID(subscription), friendlyName: name)
    }

    static func intent(id: String = UUID().uuidString, lines: [PurchaseLine] = [line()]) -> PurchaseIntent {
        PurchaseIntent(id: id, customerID: "customer-1", lines: lines, profile: "test")
    }

    /// A new empty folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-purchase-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
