import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A local Partner Center: the same REST API over HTTP, backed by SQLite.
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
    public let store: SandboxStore
    /// The generated reservation catalog the routes serve (and carts validate against).
    public let catalog: SandboxCatalog
    private let task: Task<Void, any Error>
    private let services: ServiceGroup

    private init(
        baseURL: URL, port: Int, store: SandboxStore, catalog: SandboxCatalog, task: Task<Void, any Error>, services: ServiceGroup
    ) {
        self.catalog = catalog
        self.baseURL = baseURL
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
        let store = try SandboxStore(url: configuration.databaseURL, customerCount: configuration.customerCount)
        let catalog = SandboxCatalog(scale: configuration.catalogScale, epoch: configuration.catalogEpoch)
        if configuration.seedsHistory { try HistorySeeder.seedIfEmpty(store: store, catalog: catalog) }
        let router = makeRouter(
            store: store, tokens: SandboxTokenIssuer(), catalog: catalog, configuration: configuration,
            faults: FaultInjector(rules: configuration.faults))
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "PartnerCenterSandbox"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger)
        // Signals are the host program's business (the TUI restores the terminal on them), not the sandbox's.
        let services = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await services.run()
        }
        var iterator = portStream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            // The server stopped before binding: surface its error (e.g. address in use).
            _ = try await task.value
            throw SandboxStoreError(path: "\(configuration.host):\(configuration.port)", reason: "the server did not start")
        }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        guard let url = URL(string: "http://\(host):\(port)") else {
            await services.triggerGracefulShutdown()
            throw SandboxStoreError(path: host, reason: "not a valid host")
        }
        return SandboxServer(baseURL: url, port: port, store: store, catalog: catalog, task: task, services: services)
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
        faults: FaultInjector
    ) -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.middlewares.add(PartnerCenterHeadersMiddleware(tokens: tokens))
        router.middlewares.add(FaultInjectionMiddleware(faults: faults))
        SubscriptionRoutes(store: store, behavior: configuration.behavior).register(on: router)
        CartRoutes(store: store, catalog: catalog, behavior: configuration.behavior, maximumBodySize: configuration.maximumBodySize)
            .register(on: router)
        OrderRoutes(store: store, behavior: configuration.behavior).register(on: router)
        InvoiceRoutes(store: store).register(on: router)
        FaultRoutes(faults: faults).register(on: router)
        ControlRoutes(store: store).register(on: router)
        TokenRoutes(tokens: tokens).register(on: router)
        CustomerRoutes(store: store).register(on: router)
        CatalogRoutes(catalog: catalog, tokens: tokens).register(on: router)
        return router
    }
}
