import Foundation
import PartnerCenter
import Testing

/// Paging stops, with an error that says so, when a server links back to a page already read or keeps linking
/// onwards past the page cap.
struct PagingBoundsTests {
    /// A customer collection of one item whose next link is `next` (with `token` as its continuation header).
    static func page(id: String, next: String?, token: String = "t") -> TransportResponse {
        let links = next.map {
            #","links":{"next":{"uri":"\#($0)","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"\#(token)"}]}}"#
        } ?? ""
        return ScriptedTransport.json(200, #"{"totalCount":1,"items":[{"id":"\#(id)","companyProfile":{"companyName":"C \#(id)"}}]\#(links)}"#)
    }

    @Test("a next link that points back to a page already read stops paging with an error")
    func loopingLink() async throws {
        let transport = ScriptedTransport([
            Self.page(id: "1", next: "/customers?size=1&seekOperation=Next", token: "a"),
            Self.page(id: "2", next: "/customers?size=1&seekOperation=Next", token: "b"),
            Self.page(id: "3", next: "/customers?size=1&seekOperation=Next", token: "a"),
            Self.page(id: "4", next: "/customers?size=1&seekOperation=Next", token: "b"),
        ])
        let client = PartnerCenterClient.scripted(transport)
        let error = await #expect(throws: PartnerCenterError.self) {
            _ = try await client.allItems(APIRequest(operation: "list customers", path: "/customers"), of: Customer.self)
        }
        #expect(error?.kind == .malformedResponse(field: "links.next"))
        #expect(error?.detail?.contains("links back to a page already read") == true, "\(error?.detail ?? "")")
        #expect(transport.sent.count == 3, "pages 1–3 read; the repeated link of page 3 is not followed")
    }

    @Test("a collection that keeps linking onwards stops at the page cap with an error")
    func pageCap() async throws {
        let transport = ScriptedTransport((1...10).map { Self.page(id: String($0), next: "/customers?size=1&seekOperation=Next", token: "t\($0)") })
        var configuration = PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!, retryPolicy: .none)
        configuration.maximumPages = 4
        let client = PartnerCenterClient(configuration: configuration, transport: transport, tokenProvider: StaticTokenProvider("t"))
        let error = await #expect(throws: PartnerCenterError.self) {
            _ = try await client.allItems(APIRequest(operation: "list customers", path: "/customers"), of: Customer.self)
        }
        #expect(error?.detail?.contains("after 4 pages") == true, "\(error?.detail ?? "")")
        #expect(transport.sent.count == 4)

        let fine = ScriptedTransport([Self.page(id: "1", next: "/customers?x=2", token: "a"), Self.page(id: "2", next: nil)])
        let items = try await PartnerCenterClient.scripted(fine).allItems(APIRequest(operation: "list customers", path: "/customers"), of: Customer.self)
        #expect(items.map(\.id.rawValue) == ["1", "2"], "an ordinary collection reads to its end")
    }
}
