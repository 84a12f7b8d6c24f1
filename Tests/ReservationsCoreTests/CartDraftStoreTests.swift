import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// The cart draft on disk: round trip, removal when empty, and an unreadable file moved aside, never lost.
struct CartDraftStoreTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-draft-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func draft() -> CartDraft {
        let line = CartDraftLine(
            id: 1, catalogItemID: "DZH318Z0BQ4Z:0001:DZH318Z0BQ3Q", productID: "DZH318Z0BQ4Z", skuID: "0001",
            skuName: "Standard_D2s_v5", productTitle: "Reserved VM Instances, Dsv5 Series", region: "US East", armRegionName: "eastus",
            termDuration: "P1Y", quantity: 3, minimumQuantity: 1, maximumQuantity: 100, scope: .shared, subscriptionID: "SUB-1",
            subscriptionName: "Production", friendlyName: "web tier", requiresInventoryCheck: false, unitPrice: Decimal(string: "612.36"), currencyCode: "USD")
        return CartDraft(token: "t-1", customerID: "c-1", customerName: "Contoso Ltd", country: "US", lines: [line])
    }

    @Test("a saved draft loads back equal, with 0600 permissions; saving an empty draft removes the file")
    func roundTrip() throws {
        let store = CartDraftStore(file: try Self.folder().appendingPathComponent("cart-draft.json"))
        #expect(store.load() == .none)
        try store.save(Self.draft())
        #expect(store.load() == .draft(Self.draft()))
        let permissions = try FileManager.default.attributesOfItem(atPath: store.file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        var changed = Self.draft()
        changed.lines[0].quantity = 5
        try store.save(changed)
        #expect(store.load() == .draft(changed))
        try store.save(CartDraft(token: "t-1", customerID: "c-1", customerName: "Contoso Ltd", country: "US"))
        #expect(!FileManager.default.fileExists(atPath: store.file.path))
    }

    @Test("an unreadable draft is moved aside with the reason, and the original bytes are kept")
    func corruptMovedAside() throws {
        let folder = try Self.folder()
        let store = CartDraftStore(file: folder.appendingPathComponent("cart-draft.json"))
        try Data("{\"customerID\": 12".utf8).write(to: store.file)
        guard case .movedAside(let path, let reason) = store.load(now: Date(timeIntervalSince1970: 1_000)) else {
            Issue.record("not moved aside"); return
        }
        #expect(path.hasSuffix("cart-draft.json.corrupt-1000"))
        #expect(reason.contains("not valid JSON"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"customerID\": 12")
        #expect(store.load() == .none)
    }

    @Test("the purchase intent: lines numbered from 0 with subscription, scope and duration; the key is stable per draft and changes with the lines")
    func intent() throws {
        let intent = Self.draft().purchaseIntent(profile: "sandbox")
        let legacy = LineProvisioning(variables: ["Scope", "SubscriptionId", "Duration"], duration: "1Year", subscriptionKind: .legacyAzure)
        let cart = intent.cart(provisioning: [legacy])
        #expect(cart.lineItems.map(\.id) == [0])
        #expect(cart.lineItems[0].provisioningContext == ["subscriptionId": "SUB-1", "scope": "shared", "duration": "1Year"])
        #expect(cart.lineItems[0].termDuration == "P1Y" && cart.lineItems[0].quantity == 3)
        #expect(intent.id.hasPrefix("draft-t-1-0-"))
        #expect(Self.draft().purchaseIntent(profile: "sandbox", now: Date(timeIntervalSince1970: 5)).id == intent.id)
        var changed = Self.draft()
        changed.lines[0].quantity = 4
        #expect(changed.purchaseIntent(profile: "sandbox").id != intent.id)
        var retried = Self.draft()
        retried.settledAttempts = 1
        #expect(retried.purchaseIntent(profile: "sandbox").id != intent.id, "a settled failure starts a new purchase")
    }
}
