import Foundation
import PartnerCenter
import Testing

struct CommerceRecordedDocumentTests {
    static let decoder = JSONDecoder()

    static func fixture(_ name: String) throws -> Data { try ScriptedTransport.fixture(name).body }

    @Test("a checkout result decodes with numbers as strings, spaced status values and numeric error codes")
    func checkoutResult() throws {
        let result = try Self.decoder.decode(CartCheckoutResult.self, from: try Self.fixture("checkout-result"))
        #expect(result.isPartial)
        let order = try #require(result.orders.first)
        #expect(order.billingCycle == .oneTime)
        #expect(order.status == .pendingReview)
        #expect(order.totalPrice == 123.40)
        #expect(order.lineItems.first?.quantity == 1)
        #expect(result.orderErrors.first == OrderError(orderGroupId: "1", code: "800010", description: "No inventory."))
    }

    @Test("the legacy reservation details shape (virtualMachineReservations) is read like the current one")
    func legacyReservationDetails() throws {
        let details = try Self.decoder.decode(ReservationDetails.self, from: try Self.fixture("reservation-details-legacy"))
        let reservation = try #require(details.reservations.first)
        #expect(reservation.quantity == 2)
        #expect(reservation.scopeType == "Shared")
        #expect(reservation.effectiveDateTime == Date(timeIntervalSince1970: 1_531_958_400))
    }

    @Test("a cart decodes the doc's catalogId name, string IDs and numeric error codes")
    func cartWithErrors() throws {
        let cart = try Self.decoder.decode(Cart.self, from: try Self.fixture("cart-with-errors"))
        #expect(cart.status == .active)
        let line = try #require(cart.lineItems.first)
        #expect(line.catalogItemID == "DZH318Z0BQ36:004G:DZH318Z08C0S")
        #expect(line.quantity == 2)
        #expect(line.orderGroup == "0")
        #expect(line.error?.errorCode == .subscriptionNotRegistered)
        #expect(line.error?.summary.contains("register it") == true)
        #expect(cart.isExpired(now: Date(timeIntervalSince1970: 1_700_000_000)))
    }

    @Test("invoice line items decode string amounts, and the doc's malformed next link is repaired")
    func invoiceLineItems() async throws {
        let transport = ScriptedTransport([
            try ScriptedTransport.fixture("invoice-lineitems-strings"), try ScriptedTransport.fixture("invoice-lineitems-strings"),
        ])
        let client = PartnerCenterClient.scripted(transport)
        let page = try await client.invoices.byID("G1").oneTimeLineItems(size: 2)
        let item = try #require(page.items.first)
        #expect(item.quantity == 25)
        #expect(item.unitPrice == 10.5)
        #expect(item.totalForCustomer == 262.5)
        #expect(item.invoiceNumber == "12345")
        _ = try await client.nextPage(after: page)
        let next = try #require(transport.sent.last)
        #expect(next.url.query?.contains("size=2&seekOperation=Next") == true)
        #expect(next.headers["MS-ContinuationToken"] == "abc")
    }

    @Test("a huge description, an unknown status and wrong types never crash the decoder")
    func hostileDocuments() throws {
        let huge = String(repeating: "x", count: 2_000_000)
        let order = #"{"id":"o","status":"\#(huge)","lineItems":[]}"#
        #expect(try Self.decoder.decode(Order.self, from: Data(order.utf8)).status == .unknown(huge))
        let wrongType = #"{"id":"o","status":"completed","lineItems":[{"lineItemNumber":"zero","offerId":"x","quantity":1}]}"#
        #expect(throws: DecodingError.self) { try Self.decoder.decode(Order.self, from: Data(wrongType.utf8)) }
        let error = #"{"code":"800002","description":"\#(huge)"}"#
        let body = try Self.decoder.decode(ServiceErrorBody.self, from: Data(error.utf8))
        #expect(body.description?.count == huge.count)
    }

    @Test("a long service description is clipped in the operator's error line")
    func clippedDescription() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(400, #"{"code":"800002","description":"\#(String(repeating: "y", count: 5000))"}"#)])
        do {
            _ = try await PartnerCenterClient.scripted(transport).customers.byID("c").get()
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.summary.count < 600)
            #expect(error.summary.contains("…"))
        }
    }
}
