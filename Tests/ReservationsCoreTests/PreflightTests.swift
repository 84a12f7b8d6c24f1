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

    @Test("a subscription that is not active is refused per line, named by its friendly name", arguments: [
        SubscriptionStatus.suspended, .disabled, .expired, .deleted, .pending,
    ])
    func subscriptionNotActive(status: SubscriptionStatus) {
        let intent = PurchaseFixtures.intent(lines: [
            PurchaseFixtures.line(quantity: 1, subscription: "sub-ok"), PurchaseFixtures.line(quantity: 1, subscription: "sub-dev"),
        ])
        let facts = PreflightFacts(
            customerCountry: "US", skus: [0: Self.sku(), 1: Self.sku()], catalogItemIsCurrent: [0: true, 1: true],
            registration: ["sub-ok": .registered, "sub-dev": .registered],
            subscriptionStatus: ["sub-ok": .active, "sub-dev": status], subscriptionNames: ["sub-ok": "Production", "sub-dev": "Dev/Test"])
        let problems = Preflight.evaluate(intent, facts: facts)
        #expect(problems.map(\.kind) == [.subscriptionNotActive])
        #expect(problems.map(\.lineIndex) == [1])
        #expect(problems[0].message == "The subscription \"Dev/Test\" is \(status.wireName), not active: nothing can be bought on it.")
        #expect(!problems[0].message.contains("sub-dev"), "the ID only when no name is known")
    }

    @Test("an active subscription passes; an unknown status is not guessed at")
    func subscriptionActiveOrUnknown() {
        let facts = PreflightFacts(
            customerCountry: "US", skus: [0: Self.sku()], catalogItemIsCurrent: [0: true], registration: ["sub-1": .registered],
            subscriptionStatus: ["sub-1": .active])
        #expect(Preflight.evaluate(PurchaseFixtures.intent(), facts: facts).isEmpty)
        var unknown = facts
        unknown.subscriptionStatus = [:]
        #expect(Preflight.evaluate(PurchaseFixtures.intent(), facts: unknown).isEmpty)
    }

    @Test("registration problems name the subscription by name, by ID only when no name is known")
    func subscriptionNames() {
        let intent = PurchaseFixtures.intent(lines: [
            PurchaseFixtures.line(subscription: "3f2a0c9e-named"), PurchaseFixtures.line(subscription: "7b1d44aa-unnamed"),
        ])
        let facts = PreflightFacts(
            customerCountry: "US", skus: [0: Self.sku(), 1: Self.sku()], catalogItemIsCurrent: [0: true, 1: true],
            registration: ["3f2a0c9e-named": .notRegistered, "7b1d44aa-unnamed": .notRegistered],
            subscriptionNames: ["3f2a0c9e-named": "Dev/Test"])
        let messages = Preflight.evaluate(intent, facts: facts).map(\.message)
        #expect(messages == [
            "The subscription \"Dev/Test\" is not registered for reservations (NotRegistered); register it first.",
            "The subscription 7b1d44aa-unnamed is not registered for reservations (NotRegistered); register it first.",
        ])
    }

    @Test("line-level problems are labelled with the line the operator sees; whole-intent ones are not")
    func lineLabelled() {
        let line = PreflightProblem(kind: .quantityTooHigh, message: "Quantity 11 is above the maximum of 10.", lineIndex: 1)
        #expect(line.lineLabelled([3, 5]) == "Line 5: Quantity 11 is above the maximum of 10.", "cart line IDs, not positions")
        #expect(line.lineLabelled() == "Line 2: Quantity 11 is above the maximum of 10.")
        #expect(line.lineLabelled([3]) == "Line 2: Quantity 11 is above the maximum of 10.", "no number given: position")
        let whole = PreflightProblem(kind: .marketNotSold, message: "Not sold in RU.")
        #expect(whole.lineLabelled([3, 5]) == "Not sold in RU.")
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
