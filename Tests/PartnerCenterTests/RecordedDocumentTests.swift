import Foundation
import PartnerCenter
import Testing

struct RecordedDocumentTests {
    @Test("a customer page decodes, and its next link is followed with the continuation header")
    func customerPageAndNextLink() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("customers-page"), try ScriptedTransport.fixture("customers-page")])
        let client = PartnerCenterClient.scripted(transport)
        let page = try await client.customers.list(size: 2)
        #expect(page.items.map(\.name) == ["Contoso", "wingtip.onmicrosoft.com"], "an empty company name falls back to the domain")
        _ = try await client.nextPage(after: page)
        let second = try #require(transport.sent.last)
        #expect(second.url.absoluteString == "https://pc.example.test/v1/customers?size=2&seekOperation=Next")
        #expect(second.headers["MS-ContinuationToken"] == "AAAAAAAAAAAAAAAAAQAAAAAAAAA")
    }

    @Test("odd spellings decode: enum case and underscores, numbers as strings, dates without offset, the 0001 sentinel")
    func oddSpellings() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("subscriptions-odd-spellings")])
        let subscriptions = try await PartnerCenterClient.scripted(transport).customers.byID("c").subscriptions.list()
        #expect(subscriptions.count == 2)
        let legacy = subscriptions[0]
        #expect(legacy.status == .active)
        #expect(legacy.billingCycle == .oneTime)
        #expect(legacy.quantity == 1)
        #expect(legacy.kind == .legacyAzure)
        #expect(legacy.commitmentEndDate == nil, "0001-01-01 means none")
        #expect(legacy.creationDate == Date(timeIntervalSince1970: 1_521_158_400), "no offset means UTC")
        #expect(legacy.effectiveStartDate != nil, "seven fractional digits still parse")
        let plan = subscriptions[1]
        #expect(plan.status == .unknown("frozen_by_wizard"), "unknown enum values are kept, not fatal")
        #expect(plan.billingCycle == .oneTime)
        #expect(plan.kind == .azurePlan)
        #expect(plan.creationDate == Date(timeIntervalSince1970: 1_689_102_971.55))
    }

    @Test("a missing required field is a typed error naming the operation and the field")
    func missingRequiredField() async throws {
        let transport = ScriptedTransport([try ScriptedTransport.fixture("subscriptions-missing-offer")])
        do {
            _ = try await PartnerCenterClient.scripted(transport).customers.byID("c").subscriptions.list()
            Issue.record("expected a decoding error")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .malformedResponse(field: "items[0].offerId"))
            #expect(error.operation == "list subscriptions")
            #expect(error.summary.contains("items[0].offerId"))
        }
    }

    @Test("an HTML error page from a proxy becomes a readable typed error")
    func htmlErrorPage() async throws {
        let html = TransportResponse(status: 502, headers: ["Content-Type": "text/html"], body: Data("<html>Bad gateway</html>".utf8))
        let transport = ScriptedTransport([html])
        do {
            _ = try await PartnerCenterClient.scripted(transport, attempts: 1).customers.byID("c").get()
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.httpStatus == 502)
            #expect(error.serviceDescription?.contains("HTML page") == true)
        }
    }

    @Test("truncated JSON is a typed error, never a crash")
    func truncatedBody() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"id":"abc","companyProfile":{"domain":"x"#)])
        await #expect(throws: PartnerCenterError.self) {
            _ = try await PartnerCenterClient.scripted(transport).customers.byID("c").get()
        }
    }
}
