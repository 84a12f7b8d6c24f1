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

    @Test("an order by ID reads its documented links (provisioningStatus, self) and the examples' patchOperation")
    func orderLinks() throws {
        let order = try Self.decoder.decode(Order.self, from: try Self.fixture("order-by-id-links"))
        let path = "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1"
        #expect(order.links?.selfLink?.uri == path)
        #expect(order.links?.provisioningStatus?.uri == path + "/provisioningstatus")
        #expect(order.links?.patchOperation?.method == "PATCH")
        #expect(order.lineItems.first?.provisioningContext == ["subscriptionId": "0350d130-4d3d-4005-aca0-cf84f0ab0d4a", "scope": "shared"])
    }

    @Test("provisioning status is read from the order's link, with each line's orderLineItemId")
    func provisioningStatusFollowsTheLink() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("provisioning-status")])
        let client = PartnerCenterClient.scripted(transport)
        let link = Link(uri: "/customers/c1/orders/O-FROM-LINK/provisioningstatus?from=link", headers: [Link.Header(key: "X-From-Link", value: "1")])
        let items = try await client.customers.byID("c1").orders.provisioningStatus(of: "O-BY-ID", following: link)
        #expect(items.first?.orderLineItemId == "0")
        #expect(items.first?.status == .fulfilled)
        #expect(items.first?.attributes?.objectType == "OrderLineItemProvisioningStatus")
        let sent = try #require(transport.sent.first)
        #expect(sent.url.path == "/v1/customers/c1/orders/O-FROM-LINK/provisioningstatus", "the link, not a URI built from the ID")
        #expect(sent.url.query == "from=link")
        #expect(sent.headers["X-From-Link"] == "1")
    }

    @Test("a link that leads off the service is not followed with the token")
    func foreignLinkRefused() async throws {
        let transport = ScriptedTransport([])
        let client = PartnerCenterClient.scripted(transport)
        for uri in ["https://elsewhere.example/steal", "//elsewhere.example/steal"] {
            await #expect(throws: PartnerCenterError.self) {
                _ = try await client.customers.byID("c1").orders.provisioningStatus(of: "O1", following: Link(uri: uri))
            }
        }
        #expect(transport.sent.isEmpty, "nothing was sent")
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
