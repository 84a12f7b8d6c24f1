import Foundation
import PartnerCenter
import Testing

/// Thousands of recorded documents broken at random (keys deleted, types changed, control characters, huge
/// numbers, truncation): every decoder either reads the document or throws a typed error; nothing crashes.
/// A crash would end the test process, so the suite finishing is part of the proof; the counts are checked.
struct MutatedDocumentTests {
    /// Mutated variants tried per recorded document.
    static let casesPerDocument = 1_000

    /// One recorded document and the call that reads it.
    struct Target: Sendable, CustomTestStringConvertible {
        var fixture: String
        var read: @Sendable (Data) async throws -> Void
        var testDescription: String { fixture }
    }

    static func viaClient(_ fixture: String, _ call: @escaping @Sendable (PartnerCenterClient) async throws -> Void) -> Target {
        Target(fixture: fixture) { body in
            let response = TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
            // Two answers: calls that follow a next link get the same document again.
            try await call(PartnerCenterClient.scripted(ScriptedTransport([response, response]), attempts: 1))
        }
    }

    static func viaDecoder(_ fixture: String, _ decode: @escaping @Sendable (JSONDecoder, Data) throws -> Void) -> Target {
        Target(fixture: fixture) { body in try decode(JSONDecoder(), body) }
    }

    static let targets: [Target] = [
        viaClient("customers-page") { client in
            let page = try await client.customers.list(size: 2)
            _ = try await client.nextPage(after: page)
        },
        viaClient("subscriptions-odd-spellings") { _ = try await $0.customers.byID("c").subscriptions.list() },
        viaClient("subscriptions-missing-offer") { _ = try await $0.customers.byID("c").subscriptions.list() },
        viaClient("catalog-products") {
            _ = try await $0.products.list(country: "US", view: .azureReservationsVM, reservationScope: .azurePlan, targetSegment: .commercial)
        },
        viaClient("catalog-skus-odd-spellings") { _ = try await $0.products.byID("P").skus.list(country: "US") },
        viaClient("catalog-skus-missing-productid") { _ = try await $0.products.byID("P").skus.list(country: "US") },
        viaClient("catalog-availabilities") {
            _ = try await $0.products.byID("P").skus.byID("0001").availabilities.list(country: "US", reservationScope: .azurePlan)
        },
        viaClient("catalog-availability-missing-catalogitemid") {
            _ = try await $0.products.byID("P").skus.byID("0001").availabilities.byID("A").get(country: "US")
        },
        viaClient("catalog-inventory") {
            let request = InventoryCheckRequest(
                targetItems: [.init(productID: "P")], customerID: "c1", azureSubscriptionID: "s1", armRegionName: "japanwest")
            _ = try await $0.extensions.checkInventory(request, country: "JP")
        },
        viaClient("invoice-lineitems-strings") { client in
            let page = try await client.invoices.byID("G1").oneTimeLineItems(size: 2)
            _ = try await client.nextPage(after: page)
        },
        viaDecoder("checkout-result") { _ = try $0.decode(CartCheckoutResult.self, from: $1) },
        viaDecoder("reservation-details-legacy") { _ = try $0.decode(ReservationDetails.self, from: $1) },
        viaDecoder("cart-with-errors") { _ = try $0.decode(Cart.self, from: $1) },
    ]

    @Test("mutated recorded documents decode or throw a typed error, never crash", arguments: targets)
    func mutatedDocuments(target: Target) async throws {
        let original = try ScriptedTransport.fixture(target.fixture).body
        // The recorded document itself: it reads (the harness calls the right decoder), or, for the recordings
        // that are broken on purpose (`-missing-` in the name), fails with the typed error its own test expects.
        if target.fixture.contains("-missing-") {
            await #expect(throws: PartnerCenterError.self) { try await target.read(original) }
        } else {
            try await target.read(original)
        }
        // A fixed seed per document (FNV-1a of its name; `hashValue` changes per process): failures reproduce.
        let seed = target.fixture.utf8.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        var mutator = DocumentMutator(seed: seed)
        var decoded = 0
        var typedErrors = 0
        var changed = 0
        for _ in 0..<Self.casesPerDocument {
            let mutated = mutator.mutate(original)
            if mutated != original { changed += 1 }
            do {
                try await target.read(mutated)
                decoded += 1
            } catch is PartnerCenterError {
                typedErrors += 1
            } catch is DecodingError {
                typedErrors += 1
            } catch {
                Issue.record("\(target.fixture): untyped error \(type(of: error)): \(error)")
            }
        }
        #expect(decoded + typedErrors == Self.casesPerDocument)
        #expect(typedErrors > 0, "the mutations must break some documents, or they test nothing")
        #expect(changed > Self.casesPerDocument * 9 / 10)
        print("MUTATED \(target.fixture): \(Self.casesPerDocument) cases, \(decoded) decoded, \(typedErrors) typed errors, 0 crashes")
    }
}
