import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

struct CustomersAgainstSandboxTests {
    @Test("paging follows links.next with its continuation header across several pages")
    func pagingAcrossPages() async throws {
        let recorder = RecordingTransport()
        let harness = try await SandboxHarness.start(transport: recorder)
        defer { Task { await harness.server.stop() } }

        var page = try await harness.client.customers.list(size: 7)
        var all = page.items
        var pages = 1
        while let next = try await harness.client.nextPage(after: page) {
            all += next.items
            page = next
            pages += 1
        }
        #expect(pages == Int((Double(all.count) / 7).rounded(.up)))
        #expect(pages >= 6)
        #expect(all.count == page.totalCount)
        #expect(Set(all.map(\.id)).count == all.count, "no customer appears twice across pages")

        let nextRequests = recorder.requests.filter { $0.url.query?.contains("seekOperation=Next") == true }
        #expect(nextRequests.count == pages - 1)
        #expect(nextRequests.allSatisfy { $0.headers["MS-ContinuationToken"]?.isEmpty == false })
    }

    @Test("every call carries the documented headers, and the service echoes the request ID")
    func documentedHeaders() async throws {
        let recorder = RecordingTransport()
        let harness = try await SandboxHarness.start(transport: recorder)
        defer { Task { await harness.server.stop() } }
        let workflow = harness.client.inWorkflow("11111111-2222-3333-4444-555555555555")
        let page = try await workflow.customers.list(size: 2)
        _ = try await workflow.customers.byID(page.items[0].id).subscriptions.list()

        let apiRequests = recorder.requests.filter { $0.url.path.hasPrefix("/v1/") }
        #expect(apiRequests.count == 2)
        for request in apiRequests {
            #expect(request.headers["Authorization"]?.hasPrefix("Bearer sbx.") == true)
            #expect(request.headers["Accept"] == "application/json")
            #expect(request.headers["MS-CorrelationId"] == "11111111-2222-3333-4444-555555555555")
            #expect(UUID(uuidString: request.headers["MS-RequestId"] ?? "") != nil)
        }
        #expect(apiRequests[0].headers["MS-RequestId"] != apiRequests[1].headers["MS-RequestId"], "a new request ID per call")
        let echoed = recorder.responses.filter { $0.header("MS-RequestId") != nil }
        #expect(echoed.count == 2)
        #expect(echoed.map { $0.header("MS-RequestId") } == apiRequests.map { $0.headers["MS-RequestId"] })
    }

    @Test("an unknown customer is a typed 404 with the service's code, description and request IDs")
    func unknownCustomerIsTyped404() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        do {
            _ = try await harness.client.customers.byID("00000000-0000-0000-0000-000000000000").get()
            Issue.record("expected a 404")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .service)
            #expect(error.httpStatus == 404)
            #expect(error.isNotFound)
            #expect(error.code == "800002")
            #expect(error.serviceDescription?.contains("was not found") == true)
            #expect(error.requestID != nil)
            #expect(error.correlationID != nil)
            #expect(error.summary.contains("get customer failed (HTTP 404 800002)"))
        }
    }

    @Test("a customer by ID carries the billing country, and its subscriptions include both Azure kinds")
    func customerDetailAndSubscriptions() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let first = try await harness.client.customers.list(size: 1).items[0]
        #expect(first.countryCode == nil, "list items carry no address, as in the docs")
        let detail = try await harness.client.customers.byID(first.id).get()
        #expect(detail.countryCode == "US")
        #expect(detail.name == "Contoso Ltd")
        let subscriptions = try await harness.client.customers.byID(first.id).subscriptions.list()
        #expect(Set(subscriptions.map(\.kind)).isSuperset(of: [.legacyAzure, .azurePlan]))
        #expect(subscriptions.allSatisfy { $0.status != .unknown("") })
    }

    @Test("the starts_with filter matches company names case-insensitively, including non-ASCII letters")
    func filterByCompanyName() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.server.stop() } }
        let contoso = try await harness.client.customers.list(size: 50, filter: CustomerFilter(startsWith: "CONTOSO"))
        #expect(contoso.items.count >= 3)
        #expect(contoso.items.allSatisfy { $0.name.lowercased().hasPrefix("contoso") })
        let aland = try await harness.client.customers.list(size: 50, filter: CustomerFilter(startsWith: "åland"))
        #expect(aland.items.map(\.name).contains("Ålandeilanden — Réunion"))
    }
}
