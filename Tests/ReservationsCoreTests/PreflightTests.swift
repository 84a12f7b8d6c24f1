import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct PreflightTests {
    static func sku(minimum: Int = 1, maximum: Int = 10) -> SKU {
        SKU(id: "0001", productID: "DZH318Z0BQ3Q", title: "Standard_D2s_v5 US East 1 Year", minimumQuantity: minimum, maximumQuantity: maximum)
    }

    @Test("an empty intent is a problem")
    func emptyIntent() {
        let problems = Preflight.evaluate(PurchaseFixtures.intent(lines: []), facts: PreflightFacts(customerCountry: "US"))
        #expect(problems.map(\.kind) == [.emptyIntent])
    }

    @Test("every problem is listed, each with its line, not only the first")
    func everyProblem() {
        let intent = PurchaseFixtures.intent(lines: [
            PurchaseFixtures.line(quantity: 0, subscription: "unregistered"),
            PurchaseFixtures.line(quantity: 11),
            PurchaseFixtures.line(quantity: 2),
            PurchaseFixtures.line(quantity: 3),
        ])
        var expired = Cart(lineItems: [])
        expired.id = "cart-old"
        expired.expirationTimestamp = Date(timeIntervalSince1970: 1_000)
        let facts = PreflightFacts(
            customerCountry: "RU", skus: [0: Self.sku(), 1: Self.sku(), 2: Self.sku(), 3: Self.sku()],
            catalogItemIsCurrent: [0: true, 1: true, 2: false, 3: true],
            registration: ["unregistered": .notRegistered, "sub-1": .registered],
            inventoryRestrictions: [3: ["no capacity in eastus"]], existingCart: expired,
            failures: [PreflightProblem(kind: .checkFailed, message: "Could not read something", lineIndex: 3)])
        let problems = Preflight.evaluate(intent, facts: facts, now: Date())
        #expect(problems.map(\.kind) == [
            .marketNotSold, .quantityTooLow, .subscriptionNotRegistered, .quantityTooHigh, .staleCatalogItem, .inventoryRestricted,
            .cartExpired, .checkFailed,
        ])
        #expect(problems.map(\.lineIndex) == [nil, 0, 0, 1, 2, 3, nil, 3])
        #expect(problems[3].description.hasPrefix("line 2: Quantity 11 is above the maximum of 10"))
        #expect(problems.allSatisfy { !$0.message.isEmpty })
    }

    @Test("a clean intent has no problems; the SKU's minimum is honoured")
    func clean() {
        let facts = PreflightFacts(
            customerCountry: "US", skus: [0: Self.sku(minimum: 3)], catalogItemIsCurrent: [0: true], registration: ["sub-1": .registered])
        #expect(Preflight.evaluate(PurchaseFixtures.intent(lines: [PurchaseFixtures.line(quantity: 3)]), facts: facts).isEmpty)
        let low = Preflight.evaluate(PurchaseFixtures.intent(lines: [PurchaseFixtures.line(quantity: 2)]), facts: facts)
        #expect(low.map(\.kind) == [.quantityTooLow])
    }

    @Test("request IDs derive from the idempotency key: stable, distinct per purpose, GUID-shaped")
    func requestIDs() {
        let intent = PurchaseFixtures.intent(id: "change-4711")
        #expect(intent.requestID(for: "checkout") == PurchaseFixtures.intent(id: "change-4711").requestID(for: "checkout"))
        #expect(intent.requestID(for: "checkout") != intent.requestID(for: "cart"))
        #expect(intent.requestID(for: "checkout") != PurchaseFixtures.intent(id: "change-4712").requestID(for: "checkout"))
        #expect(UUID(uuidString: intent.requestID(for: "cart").rawValue) != nil)
    }
}
