import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A local Partner Center: the same REST API over HTTP, backed by SQLite, with the other Microsoft origins pcres
/// talks to each on its own loopback port, as they are separate hosts with their own token audience:
/// - `baseURL`: Partner Center (`api.partnercenter.microsoft.com`) and the Entra ID token paths;
/// - `partnerAPIURL`: the Partner API (`api.partner.microsoft.com`), the price sheet;
/// - `graphURL`: Microsoft Graph (`graph.microsoft.com`), the billing reconciliation exports;
/// - `blobURL`: "blob storage" holding the export files, read with a SAS token and never a bearer token.
///
/// ```swift
/// let sandbox = try await SandboxServer.start(SandboxConfiguration())
/// let client = PartnerCenterClient(configuration: .init(endpoint: sandbox.baseURL), tokenProvider: ...)
/// await sandbox.stop()
/// ```
public final class SandboxServer: Sendable {
    /// Where the sandbox listens, e.g. `http://127.0.0.1:41234`.
    public let baseURL: URL
    public let port: Int
    /// The Partner API origin (price sheet), e.g. `http://127.0.0.1:41235`.
    public let partnerAPIURL: URL
    /// The Microsoft Graph origin (billing exports).
    public let graphURL: URL
    /// The blob storage origin the export manifests point at.
    public let blobURL: URL
    /// The Graph billing exports' operations and files (tests look at what reached the blob origin).
    public let exports: BillingExportDesk
    public let store: SandboxStore
    /// The generated reservation catalog the routes serve (and carts validate against).
    public let catalog: SandboxCatalog
    /// The sandbox's time: what it stamps, delays and expires by, so a client in the same process can share it.
    public let clock: SandboxClock
    private let task: Task<Void, any Error>
    private let services: ServiceGroup

    private init(
        origins: [URL], port: Int, store: SandboxStore, catalog: SandboxCatalog, exports: BillingExportDesk, clock: SandboxClock,
        task: Task<Void, any Error>, services: ServiceGroup
    ) {
        self.catalog = catalog
        self.clock = clock
        self.exports = exports
        baseURL = origins[0]
        partnerAPIURL = origins[1]
        graphURL = origins[2]
        blobURL = origins[3]
        self.port = port
        self.store = store
        self.task = task
        self.services = services
    }

    /// Opens the store, starts listening, and returns once the port is bound.
    /// - Throws: `SandboxStoreError` for a bad database; the bind error when the port is taken.
    public static func start(_ configuration: SandboxConfiguration, logger: Logger = Logger(label: "pcres.sandbox", factory: { _ in SwiftLogNoOpLogHandler() })) async throws
        -> SandboxServer
    {
        let clock = configuration.clock
        let store = try SandboxStore(url: configuration.databaseURL, customerCount: configuration.customerCount, now: clock.now)
        let catalog = SandboxCatalog(scale: configuration.catalogScale, epoch: configuration.catalogEpoch)
        if configuration.seedsHistory { try HistorySeeder.seedIfEmpty(store: store, catalog: catalog, now: clock.now) }
        let tokens = SandboxTokenIssuer(settings: SandboxTokenIssuer.Settings(), now: { clock.now })
        let faults = FaultInjector(rules: configuration.faults)
        let exports = BillingExportDesk(store: store, behavior: configuration.behavior, now: { clock.now })
        let routers: [(name: String, port: Int, router: Router<SandboxRequestContext>)] = [
            ("PartnerCenterSandbox", configuration.port,
             makeRouter(store: store, tokens: tokens, catalog: catalog, configuration: configuration, faults: faults, exports: exports)),
            ("PartnerAPISandbox", configuration.partnerAPIPort, makePartnerAPIRouter(tokens: tokens, catalog: catalog)),
            ("GraphSandbox", configuration.graphPort, makeGraphRouter(tokens: tokens, exports: exports, clock: clock)),
            ("BlobStorageSandbox", configuration.blobPort, makeBlobRouter(exports: exports)),
        ]
        var applications: [any Service] = []
        var portStreams: [AsyncStream<Int>] = []
        var portContinuations: [AsyncStream<Int>.Continuation] = []
        for (name, port, router) in routers {
            let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
            portContinuations.append(portContinuation)
            applications.append(
                Application(
                    router: router,
                    configuration: .init(address: .hostname(configuration.host, port: port), serverName: name),
                    onServerRunning: { channel in
                        portContinuation.yield(channel.localAddress?.port ?? 0)
                        portContinuation.finish()
                    },
                    logger: logger))
            portStreams.append(portStream)
        }
        // Signals are the host program's business (the TUI restores the terminal on them), not the sandbox's.
        let services = ServiceGroup(configuration: .init(services: applications, gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            // A server that stops before binding ends the group: every stream then ends, unanswered.
            defer { for continuation in portContinuations { continuation.finish() } }
            try await services.run()
        }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        var origins: [URL] = []
        for (index, stream) in portStreams.enumerated() {
            var bound: Int?
            for await port in stream {
                bound = port
                break
            }
            guard let port = bound, port > 0, let url = URL(string: "http://\(host):\(port)") else {
                await services.triggerGracefulShutdown()
                if case .failure(let error) = await task.result { throw error }
                let wanted = [configuration.port, configuration.partnerAPIPort, configuration.graphPort, configuration.blobPort][index]
                throw SandboxStoreError(path: "\(configuration.host):\(wanted)", reason: "the \(routers[index].name) server did not start")
            }
            origins.append(url)
        }
        await exports.setBlobOrigin(origins[3])
        await exports.setGraphOrigin(origins[2])
        return SandboxServer(
            origins: origins, port: origins[0].port ?? 0, store: store, catalog: catalog, exports: exports, clock: clock, task: task,
            services: services)
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        await services.triggerGracefulShutdown()
        _ = try? await task.value
    }

    /// Waits until the server stops (for `pcres sandbox serve`).
    public func waitUntilStopped() async throws {
        try await task.value
    }

    static func makeRouter(
        store: SandboxStore, tokens: SandboxTokenIssuer, catalog: SandboxCatalog, configuration: SandboxConfiguration,
        faults: FaultInjector, exports: BillingExportDesk
    ) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.middlewares.add(PartnerCenterHeadersMiddleware(tokens: tokens))
        router.middlewares.add(FaultInjectionMiddleware(faults: faults))
        let clock = configuration.clock
        SubscriptionRoutes(store: store, behavior: configuration.behavior, clock: clock).register(on: router)
        CartRoutes(
            store: store, catalog: catalog, behavior: configuration.behavior, maximumBodySize: configuration.maximumBodySize,
            clock: clock
        ).register(on: router)
        OrderRoutes(store: store, behavior: configuration.behavior, clock: clock).register(on: router)
        InvoiceRoutes(store: store, clock: clock).register(on: router)
        FaultRoutes(faults: faults).register(on: router)
        ControlRoutes(store: store, exports: exports, clock: clock).register(on: router)
        TokenRoutes(tokens: tokens, clock: clock).register(on: router)
        CustomerRoutes(store: store).register(on: router)
        CatalogRoutes(catalog: catalog).register(on: router)
        return router
    }

    /// The Partner API origin: the price sheet, for Partner API tokens of a signed-in user.
    static func makePartnerAPIRouter(tokens: SandboxTokenIssuer, catalog: SandboxCatalog) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.middlewares.add(PartnerAPIAuthMiddleware(tokens: tokens))
        PriceSheetRoutes(catalog: catalog).register(on: router)
        return router
    }

    /// The Microsoft Graph origin: billing reconciliation exports, for Graph tokens (app-only or user).
    static func makeGraphRouter(tokens: SandboxTokenIssuer, exports: BillingExportDesk, clock: SandboxClock) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.middlewares.add(GraphAuthMiddleware(tokens: tokens, clock: clock))
        GraphBillingRoutes(exports: exports).register(on: router)
        return router
    }

    /// The blob storage origin: export files for a valid SAS; a request carrying a bearer token is refused.
    static func makeBlobRouter(exports: BillingExportDesk) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        BlobRoutes(exports: exports).register(on: router)
        return router
    }
}
