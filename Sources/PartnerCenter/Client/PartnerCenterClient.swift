import Foundation
import Logging

/// A typed client for the Partner Center REST API.
///
/// ```swift
/// let client = PartnerCenterClient(configuration: .init(endpoint: url), tokenProvider: tokens)
/// let page = try await client.customers.list(size: 100)
/// let subscriptions = try await client.customers.byID(page.items[0].id).subscriptions.list()
/// ```
/// Each call sends a new `MS-RequestId` (kept across retries of that call) and the client's
/// `MS-CorrelationId`; `inWorkflow(_:)` returns a client whose calls share one correlation ID.
public struct PartnerCenterClient: Sendable {
    let executor: RequestExecutor
    /// The Partner API origin (price sheet) with a token for its audience; nil when this sign-in cannot have one
    /// (app-only: the price sheet needs a user).
    let partnerAPIExecutor: RequestExecutor?
    /// Microsoft Graph (billing exports) with a token for its audience; nil when the cloud has no Graph billing.
    let graphExecutor: RequestExecutor?
    /// The correlation ID all calls of this client share, or nil for a fresh one per call.
    public let correlationID: CorrelationID?

    /// Creates a client.
    /// - Parameters:
    ///   - configuration: endpoint, timeouts and retry policy.
    ///   - transport: how HTTP is sent; AsyncHTTPClient by default. Redirects are followed on top of it by
    ///     `RedirectingTransport`, which never carries a token to another origin.
    ///   - tokenProvider: where bearer tokens for Partner Center come from.
    ///   - partnerAPITokens: tokens for the Partner API audience (price sheet at `priceSheetEndpoint`); nil when
    ///     the sign-in cannot get them (app-only), and the price sheet then says prices need a user sign-in.
    ///   - graphTokens: tokens for the Microsoft Graph audience (billing exports at `graphEndpoint`); nil when
    ///     there is no Graph billing.
    ///   - logger: receives one line per HTTP exchange (never tokens).
    ///   - makeID: new GUIDs for request and correlation IDs (injected for tests).
    ///   - sleep: waits between retries (injected for tests).
    public init(
        configuration: PartnerCenterConfiguration, transport: any HTTPTransport = AsyncHTTPClientTransport.shared,
        tokenProvider: any TokenProvider, partnerAPITokens: (any TokenProvider)? = nil, graphTokens: (any TokenProvider)? = nil,
        logger: Logger = Logger(label: "pcres.partnercenter", factory: { _ in SwiftLogNoOpLogHandler() }),
        makeID: @escaping @Sendable () -> UUID = { UUID() },
        sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { seconds in
            try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
        }
    ) {
        let transport = RedirectingTransport(transport)
        executor = RequestExecutor(
            configuration: configuration, transport: transport, tokenProvider: tokenProvider, logger: logger,
            makeID: makeID, sleep: sleep)
        partnerAPIExecutor = partnerAPITokens.map {
            RequestExecutor(configuration: configuration, transport: transport, tokenProvider: $0, logger: logger, makeID: makeID, sleep: sleep)
        }
        if let graphTokens, let graphEndpoint = configuration.graphEndpoint {
            var graphConfiguration = configuration
            graphConfiguration.endpoint = graphEndpoint
            graphExecutor = RequestExecutor(
                configuration: graphConfiguration, transport: transport, tokenProvider: graphTokens, logger: logger, makeID: makeID,
                sleep: sleep)
        } else {
            graphExecutor = nil
        }
        correlationID = nil
    }

    private init(
        executor: RequestExecutor, partnerAPIExecutor: RequestExecutor?, graphExecutor: RequestExecutor?, correlationID: CorrelationID?
    ) {
        self.executor = executor
        self.partnerAPIExecutor = partnerAPIExecutor
        self.graphExecutor = graphExecutor
        self.correlationID = correlationID
    }

    /// A client whose calls all carry `correlationID`, for one operator workflow (e.g. one purchase).
    public func inWorkflow(_ correlationID: CorrelationID) -> PartnerCenterClient {
        PartnerCenterClient(
            executor: executor, partnerAPIExecutor: partnerAPIExecutor, graphExecutor: graphExecutor, correlationID: correlationID)
    }

    /// True when the client can read the price sheet (it has a Partner API token source).
    public var canReadPriceSheet: Bool { partnerAPIExecutor != nil }

    /// True when the client can run Microsoft Graph billing exports.
    public var canExportFromGraph: Bool { graphExecutor != nil }

    /// A new correlation ID from the client's generator.
    public func makeCorrelationID() -> CorrelationID { CorrelationID(executor.makeID().uuidString.lowercased()) }

    /// The configuration in use.
    public var configuration: PartnerCenterConfiguration { executor.configuration }

    /// Sends a request and decodes the JSON answer as `Response`.
    public func send<Response: Decodable & Sendable>(_ request: APIRequest, as type: Response.Type) async throws -> Response {
        let (response, requestID, correlation) = try await executor.perform(request, correlationID: correlationID)
        return try await decode(Response.self, from: response, request: request, requestID: requestID, correlationID: correlation)
    }

    /// Decodes an answer; large ones wait their turn at the ``DecodeGate``.
    private func decode<Response: Decodable & Sendable>(
        _ type: Response.Type, from response: TransportResponse, request: APIRequest, requestID: RequestID,
        correlationID: CorrelationID
    ) async throws -> Response {
        let executor = self.executor
        guard response.body.count >= DecodeGate.largeBodyBytes else {
            return try executor.decode(Response.self, from: response, request: request, requestID: requestID, correlationID: correlationID)
        }
        return try await DecodeGate.shared.run {
            try executor.decode(Response.self, from: response, request: request, requestID: requestID, correlationID: correlationID)
        }
    }

    /// Fetches a collection and hands its items over as they decode, so a caller can show the first ones while
    /// the rest of a large answer is still being read: `firstBatch` items first, then `batchSize` at a time.
    /// Every batch but the last goes to `onBatch`; the last is returned (possibly empty).
    ///
    /// A large answer (over ``DecodeGate/largeBodyBytes``) is decoded batch by batch, each batch taking its turn
    /// at the gate; a small one decodes whole. Further pages (`links.next`) are followed as ``allItems(_:of:onPage:)``
    /// does, each page one batch.
    public func itemBatches<Item: Codable & Sendable>(
        _ request: APIRequest, of type: Item.Type, firstBatch: Int, batchSize: Int,
        onBatch: ([Item]) async throws -> Void
    ) async throws -> [Item] {
        let (response, requestID, correlation) = try await executor.perform(request, correlationID: correlationID)
        func decoded<Response: Decodable & Sendable>(_ type: Response.Type, _ body: Data) async throws -> Response {
            let part = TransportResponse(status: response.status, headers: response.headers, body: body)
            return try await decode(type, from: part, request: request, requestID: requestID, correlationID: correlation)
        }
        var page: Page<Item>
        if response.body.count >= DecodeGate.largeBodyBytes, let layout = CollectionLayout(response.body) {
            let envelope = try await decoded(ResourceCollection<Item>.self, layout.envelope)
            page = Page(items: [], totalCount: envelope.totalCount, next: envelope.links?.next, operation: request.operation)
            var start = 0
            var size = max(1, firstBatch)
            while start < layout.itemRanges.count {
                let end = min(layout.itemRanges.count, start + size)
                let items = try await decoded([Item].self, layout.array(of: start..<end, in: response.body))
                if end == layout.itemRanges.count && page.next == nil { return items }
                try await onBatch(items)
                start = end
                size = max(1, batchSize)
            }
        } else {
            let collection = try await decoded(ResourceCollection<Item>.self, response.body)
            page = Page(items: collection.items, totalCount: collection.totalCount, next: collection.links?.next, operation: request.operation)
            if page.next == nil { return page.items }
            try await onBatch(page.items)
        }
        while let next = try await nextPage(after: page) {
            try Task.checkCancellation()
            if next.next == nil { return next.items }
            try await onBatch(next.items)
            page = next
        }
        return []
    }

    /// Sends a request whose answer has no body worth reading; returns the raw response.
    @discardableResult
    public func sendExpectingNoContent(_ request: APIRequest) async throws -> TransportResponse {
        try await executor.perform(request, correlationID: correlationID).0
    }

    /// Fetches a collection and returns its first page.
    public func page<Item: Codable & Sendable>(_ request: APIRequest, of type: Item.Type) async throws -> Page<Item> {
        let collection = try await send(request, as: ResourceCollection<Item>.self)
        return Page(items: collection.items, totalCount: collection.totalCount, next: collection.links?.next, operation: request.operation)
    }

    /// Fetches the page after `page` by following its `links.next` with the link's headers (§1.5).
    /// Returns nil when there is no next page.
    /// - Throws: `malformedResponse(field: "links.next")` when the link repeats one already followed for this
    ///   collection, or after `PartnerCenterConfiguration.maximumPages` pages.
    public func nextPage<Item: Codable & Sendable>(after page: Page<Item>) async throws -> Page<Item>? {
        guard let next = page.next else { return nil }
        let key = ([next.method.uppercased(), next.uri] + next.headers.map { "\($0.key)=\($0.value)" }.sorted()).joined(separator: "\n")
        if page.followedLinks.contains(key) {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "links.next"), operation: page.operation,
                detail: "page \(page.number) links back to a page already read; paging stopped after \(page.number) pages")
        }
        let limit = executor.configuration.maximumPages
        guard page.number < limit else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "links.next"), operation: page.operation,
                detail: "the collection still links onwards after \(limit) pages; paging stopped")
        }
        let request = try APIRequest(operation: page.operation, following: next, field: "links.next")
        var fetched = try await self.page(request, of: Item.self)
        fetched.number = page.number + 1
        fetched.followedLinks = page.followedLinks.union([key])
        return fetched
    }

    /// Fetches every page, one after the other, calling `onPage` after each (for progress).
    public func allItems<Item: Codable & Sendable>(
        _ request: APIRequest, of type: Item.Type, onPage: @Sendable (Int) -> Void = { _ in }
    ) async throws -> [Item] {
        try await allItems(from: try await self.page(request, of: Item.self), onPage: onPage)
    }

    /// The items of `first` and of every page linked after it, in order; `onPage` gets the count read so far.
    public func allItems<Item: Codable & Sendable>(
        from first: Page<Item>, onPage: (Int) -> Void = { _ in }
    ) async throws -> [Item] {
        var items: [Item] = []
        try await forEachPage(from: first) { page in
            items += page.items
            onPage(items.count)
        }
        return items
    }

    /// Hands `first` and then every page linked after it to `body`, in order: the one paging loop (the loop and
    /// repeat guards are ``nextPage(after:)``'s). Throws `CancellationError` when the task is cancelled between pages.
    public func forEachPage<Item: Codable & Sendable>(
        from first: Page<Item>, _ body: (Page<Item>) async throws -> Void
    ) async throws {
        var page = first
        try await body(page)
        while let next = try await nextPage(after: page) {
            try Task.checkCancellation()
            try await body(next)
            page = next
        }
    }

    /// Splits a link URI into path and query items, repairing the doc's malformed `…&size=2?seekOperation=Next`.
    static func split(_ uri: String) -> (String, [URLQueryItem]) {
        guard let questionMark = uri.firstIndex(of: "?") else { return (uri, []) }
        let path = String(uri[..<questionMark])
        let rawQuery = uri[uri.index(after: questionMark)...].replacingOccurrences(of: "?", with: "&")
        var items: [URLQueryItem] = []
        for pair in rawQuery.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].removingPercentEncoding ?? parts[0]
            let value = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : nil
            items.append(URLQueryItem(name: name, value: value))
        }
        return (path, items)
    }
}
