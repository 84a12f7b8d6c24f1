import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// Serves a fixed customer list in pages of two, following the documented seek paging.
struct PagedCustomersTransport: HTTPTransport {
    let names: [String]
    let countingDetails = DetailCounter()

    final class DetailCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let path = request.url.path
        if path == "/v1/customers" {
            let offset = Int(request.headers["MS-ContinuationToken"] ?? "0") ?? 0
            let page = names.dropFirst(offset).prefix(2)
            let items = page.enumerated().map { #"{"id":"c\#(offset + $0.offset)","companyProfile":{"companyName":"\#($0.element)"}}"# }
            let next = offset + 2 < names.count
                ? #","links":{"next":{"uri":"/customers?size=2&seekOperation=Next","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"\#(offset + 2)"}]}}"#
                : ""
            return json(#"{"totalCount":\#(names.count),"items":[\#(items.joined(separator: ","))]\#(next)}"#)
        }
        countingDetails.increment()
        let id = path.split(separator: "/").last.map(String.init) ?? ""
        return json(#"{"id":"\#(id)","companyProfile":{"companyName":"x"},"billingProfile":{"defaultAddress":{"country":"de"}}}"#)
    }

    private func json(_ text: String) -> TransportResponse {
        TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(text.utf8))
    }
}

struct CustomerDirectoryTests {
    static func directory(_ transport: PagedCustomersTransport) -> CustomerDirectory {
        CustomerDirectory(
            client: PartnerCenterClient(
                configuration: PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!),
                transport: transport, tokenProvider: StaticTokenProvider("t")))
    }

    @Test("loading streams every page with running counts and marks the last one complete")
    func streamsPages() async throws {
        let transport = PagedCustomersTransport(names: ["A", "B", "C", "D", "E"])
        var progress: [CustomerDirectory.Progress] = []
        for try await step in Self.directory(transport).loadAll(pageSize: 2) { progress.append(step) }
        #expect(progress.map(\.loaded) == [2, 4, 5])
        #expect(progress.map(\.isComplete) == [false, false, true])
        #expect(progress.flatMap(\.page).map(\.name) == ["A", "B", "C", "D", "E"])
        #expect(progress.allSatisfy { $0.total == 5 })
    }

    @Test("customer details are fetched once and cached, with the country upper-cased")
    func detailCache() async throws {
        let transport = PagedCustomersTransport(names: ["A"])
        let directory = Self.directory(transport)
        let first = try await directory.detail(for: "c0")
        let second = try await directory.detail(for: "c0")
        #expect(first.countryCode == "DE")
        #expect(second == first)
        #expect(transport.countingDetails.count == 1)
    }
}
