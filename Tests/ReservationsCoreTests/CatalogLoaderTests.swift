import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// Serves three products with two SKUs each; the price sheet is refused; records the queries and the peak
/// number of SKU requests in flight.
struct CatalogTransport: HTTPTransport {
    let recorder = Recorder()
    var failingProduct: String? = nil
    /// A product whose SKU list is large (over the decode gate's 1 MiB): 5,000 SKUs.
    var largeProduct: String? = nil

    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var inFlight = 0
        private(set) var peak = 0
        private(set) var queries: [String] = []
        func start(_ query: String) { lock.withLock { inFlight += 1; peak = max(peak, inFlight); queries.append(query) } }
        func end() { lock.withLock { inFlight -= 1 } }
        var snapshot: (peak: Int, queries: [String]) { lock.withLock { (peak, queries) } }
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let path = request.url.path
        let query = request.url.query ?? ""
        if path.contains("pricesheets") {
            return TransportResponse(status: 403, headers: [:], body: Data())
        }
        if path == "/v1/products" {
            recorder.start(query)
            defer { recorder.end() }
            let items = (1...3).map { #"{"id":"P\#($0)","title":"Product \#($0)"}"# }
            return json(#"{"totalCount":3,"items":[\#(items.joined(separator: ","))]}"#)
        }
        let parts = path.split(separator: "/")
        let product = String(parts[2])
        recorder.start(query)
        defer { recorder.end() }
        try await Task.sleep(for: .milliseconds(20))
        if product == failingProduct {
            return TransportResponse(status: 404, headers: ["Content-Type": "application/json"],
                                     body: Data(#"{"code":400013,"description":"Product not found"}"#.utf8))
        }
        let count = product == largeProduct ? 5000 : 2
        let padding = product == largeProduct ? String(repeating: "d", count: 200) : ""
        let items = (1...count).map {
            #"{"id":"S\#($0)","productId":"\#(product)","title":"SKU \#($0)","description":"\#(padding)","dynamicAttributes":{"armSkuName":"Standard_\#(product)_\#($0)","duration":"1Year"}}"#
        }
        return json(#"{"totalCount":\#(count),"items":[\#(items.joined(separator: ","))]}"#)
    }

    private func json(_ text: String) -> TransportResponse {
        TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(text.utf8))
    }
}

struct CatalogLoaderTests {
    static func loader(_ transport: CatalogTransport, concurrency: Int = 2) -> CatalogLoader {
        CatalogLoader(
            client: PartnerCenterClient(
                configuration: PartnerCenterConfiguration(endpoint: URL(string: "https://pc.example.test")!),
                transport: transport, tokenProvider: StaticTokenProvider("t")),
            concurrency: concurrency)
    }

    @Test("products, then every product's SKUs with running progress; a refused price sheet is reported, not fatal")
    func streamsProgress() async throws {
        let transport = CatalogTransport()
        var events: [CatalogLoader.Event] = []
        for try await event in Self.loader(transport).load(country: "US", view: .azureReservationsVM, scope: .azurePlan) {
            events.append(event)
        }
        guard case .products(let products)? = events.first(where: { if case .products = $0 { true } else { false } }) else {
            Issue.record("no products event")
            return
        }
        #expect(products.map(\.id.rawValue) == ["P1", "P2", "P3"])
        let progress = events.compactMap { event -> (Int, Int, Int)? in
            if case .skus(let batch, let done, let total) = event { return (batch.skus.count, done, total) }
            return nil
        }
        #expect(progress.map(\.1) == [1, 2, 3])
        #expect(progress.allSatisfy { $0.0 == 2 && $0.2 == 3 })
        #expect(events.contains { if case .pricesFailed = $0 { true } else { false } })
        let recorded = transport.recorder.snapshot
        #expect(recorded.peak <= 2, "at most `concurrency` SKU requests at once")
        #expect(recorded.queries.first?.contains("targetView=AzureReservationsVM") == true)
        #expect(recorded.queries.allSatisfy { $0.contains("reservationScope=AzurePlan") && $0.contains("country=US") })
    }

    @Test("a product whose SKUs fail is reported and the others still load")
    func productFailure() async throws {
        var transport = CatalogTransport()
        transport.failingProduct = "P2"
        var failed: [String] = []
        var loaded = 0
        for try await event in Self.loader(transport).load(country: "US", view: .azureReservations, scope: nil, includePrices: false) {
            if case .skusFailed(let productID, _, _, _, _) = event { failed.append(productID.rawValue) }
            if case .skus(let batch, _, _) = event { loaded += batch.skus.count }
        }
        #expect(failed == ["P2"])
        #expect(loaded == 4)
        #expect(transport.recorder.snapshot.queries.allSatisfy { !$0.contains("reservationScope") }, "no scope for MS-AZR-0145P")
    }

    @Test("a large SKU list arrives in batches, its first 200 SKUs first; the product counts as done once, with its last batch")
    func largeListInBatches() async throws {
        var transport = CatalogTransport()
        transport.largeProduct = "P2"
        var parts: [(product: String, count: Int, done: Int?)] = []
        for try await event in Self.loader(transport).load(country: "US", view: .azureReservations, scope: nil, includePrices: false) {
            switch event {
            case .skuBatch(let batch): parts.append((batch.product.id.rawValue, batch.skus.count, nil))
            case .skus(let batch, let done, _): parts.append((batch.product.id.rawValue, batch.skus.count, done))
            default: break
            }
        }
        let large = parts.filter { $0.product == "P2" }
        #expect(large.map(\.count) == [200, 4096, 704])
        #expect(large.map(\.done).prefix(2).allSatisfy { $0 == nil }, "only the last part counts the product")
        #expect(large.last?.done != nil)
        #expect(parts.compactMap(\.done).sorted() == [1, 2, 3])
        #expect(parts.filter { $0.product != "P2" }.map(\.count) == [2, 2], "small lists come whole")
    }

    @Test("a consumer that stops taking events holds the loader back: the next list waits, the one after is not fetched")
    func loaderWaitsForConsumer() async throws {
        let transport = CatalogTransport()
        let events = Self.loader(transport, concurrency: 1).load(
            country: "US", view: .azureReservations, scope: nil, includePrices: false)
        var iterator = events.makeAsyncIterator()
        guard case .products? = try await iterator.next(), case .skus(let first, _, _)? = try await iterator.next() else {
            Issue.record("expected the products, then the first product's SKUs")
            return
        }
        #expect(first.product.id.rawValue == "P1")
        // Time for a loader that did not wait to fetch every list (each answer takes 20 ms here).
        try await Task.sleep(for: .milliseconds(200))
        #expect(transport.recorder.snapshot.queries.count == 3, "the products, P1 and P2; P3 waits for P2 to be taken")
        var rest: [String] = []
        while let event = try await iterator.next() {
            if case .skus(let batch, _, _) = event { rest.append(batch.product.id.rawValue) }
        }
        #expect(rest == ["P2", "P3"])
        #expect(transport.recorder.snapshot.queries.count == 4)
    }

    @Test("Azure plans use reservationScope=AzurePlan; MS-AZR-0145P uses none")
    func scopeForSubscription() {
        let plan = Subscription(id: "A", offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: nil, friendlyName: nil, status: .active)
        let legacy = Subscription(id: "B", offerId: "MS-AZR-0145P", offerName: nil, friendlyName: nil, status: .active)
        #expect(CatalogLoader.reservationScope(for: plan) == .azurePlan)
        #expect(CatalogLoader.reservationScope(for: legacy) == nil)
    }
}
