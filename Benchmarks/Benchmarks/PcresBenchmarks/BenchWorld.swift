import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import ReservationsTUI
import TerminalUI
import ScreenKit
import CatalogFeature

/// A sandbox started in-process (as `pcres` starts it) or as a child process, and the real client over HTTP on loopback: the data
/// every benchmark works on comes through the same path as in the interface.
final class BenchWorld: @unchecked Sendable {
    /// Catalog scale 14: over 100,000 SKUs in one country.
    static let catalogScale = 14
    static let customerCount = 10_000
    static let country = "US"

    /// Where the sandbox runs: in this process, as `pcres` runs it, or in a child process of its own.
    enum Host {
        case inProcess(SandboxServer)
        case child(SandboxProcess)
    }

    let host: Host
    let client: PartnerCenterClient
    let tokens: ClientCredentialsTokenProvider
    let directory: URL

    private init(host: Host, client: PartnerCenterClient, tokens: ClientCredentialsTokenProvider, directory: URL) {
        self.host = host
        self.client = client
        self.tokens = tokens
        self.directory = directory
    }

    var baseURL: URL {
        switch host {
        case .inProcess(let sandbox): sandbox.baseURL
        case .child(let process): process.baseURL
        }
    }

    /// Starts a sandbox with its SQLite file in `directory` (a new temporary folder by default).
    static func start(
        scale: Int = catalogScale, customers: Int = SandboxConfiguration.handPickedCustomerCount,
        seedsHistory: Bool = false, directory: URL? = nil
    ) async throws -> BenchWorld {
        let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("pcres-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = SandboxConfiguration(
            databaseURL: folder.appendingPathComponent("sandbox.sqlite"), customerCount: customers)
        configuration.catalogScale = scale
        configuration.seedsHistory = seedsHistory
        let sandbox = try await SandboxServer.start(configuration)
        let (client, tokens) = makeClient(sandbox.baseURL)
        return BenchWorld(host: .inProcess(sandbox), client: client, tokens: tokens, directory: folder)
    }

    /// Starts the sandbox as a child process (`BenchSandbox`): nothing of it is in this process's heap.
    static func startChild(scale: Int = catalogScale, customers: Int = SandboxConfiguration.handPickedCustomerCount) throws
        -> BenchWorld
    {
        let process = try SandboxProcess.start(scale: scale, customers: customers)
        let (client, tokens) = makeClient(process.baseURL)
        return BenchWorld(host: .child(process), client: client, tokens: tokens, directory: process.directory)
    }

    static func makeClient(_ endpoint: URL) -> (PartnerCenterClient, ClientCredentialsTokenProvider) {
        let tokens = ClientCredentialsTokenProvider(
            authority: endpoint, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            clientSecret: SandboxTokenIssuer.clientSecret, transport: AsyncHTTPClientTransport.shared)
        let client = PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: endpoint, priceSheetEndpoint: endpoint), tokenProvider: tokens)
        return (client, tokens)
    }

    func stop() async {
        switch host {
        case .inProcess(let sandbox): await sandbox.stop()
        case .child(let process): process.stop()
        }
    }

    func removeFiles() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A subscription of a customer in ``country`` (for the catalog pane's header and scope).
    func subscriptionInCountry() async throws -> (Customer, Subscription) {
        let page = try await client.customers.list(size: 100)
        for customer in page.items {
            let detail = try await client.customers.byID(customer.id).get()
            guard detail.countryCode == Self.country else { continue }
            let subscriptions = try await client.customers.byID(customer.id).subscriptions.list()
            if let subscription = subscriptions.first(where: { $0.kind != .azurePlan }) ?? subscriptions.first {
                return (detail, subscription)
            }
        }
        throw BenchError("no customer in \(Self.country) with a subscription")
    }

    /// The app state with the catalog of ``country`` open and fully loaded, fed through the reducer from the
    /// real `CatalogLoader` events (products, SKUs per product, price sheet), as the interface gets them.
    func catalogState(size: Size, loader: CatalogLoader? = nil) async throws -> AppState {
        let (customer, subscription) = try await subscriptionInCountry()
        var state = AppState(environment: AppEnvironment(), size: size)
        let request = CatalogRequest(
            generation: 1, country: Self.country, view: .azureReservations,
            scope: CatalogLoader.reservationScope(for: subscription))
        var catalog = CatalogState(customerID: customer.id, customerName: customer.name, subscription: SubscriptionRow(subscription), request: request)
        catalog.load = .loading(loaded: 0, total: nil)
        state.catalog = catalog
        state.catalogGeneration = 1
        state.focus = .catalog
        let loader = loader ?? CatalogLoader(client: client)
        for try await event in loader.load(country: request.country, view: request.view, scope: request.scope) {
            _ = AppReducer.reduce(&state, Self.action(for: event))
        }
        // What the effect runner does once a load is complete: keep it in the loader's cache (if it has one), and
        // give the freed memory back.
        for effect in AppReducer.reduce(&state, .catalog(.catalogFinished(generation: 1))) {
            switch effect.feature(CatalogEffect.self) {
            case .rememberCatalog(let request, let index, let products)?:
                try loader.remember(index, productCount: products, country: request.country, view: request.view, scope: request.scope)
            case .releaseFreeMemory?:
                MallocTuning.releaseFreePages()
            default:
                break
            }
        }
        return state
    }

    static func action(for event: CatalogLoader.Event) -> Action {
        Action.catalogEvent(event, generation: 1, now: Date())
    }

    /// The app state with every customer loaded page by page through the reducer.
    func customersState(size: Size) async throws -> AppState {
        var state = AppState(environment: AppEnvironment(), size: size)
        _ = AppReducer.reduce(&state, .started)
        for try await progress in CustomerDirectory(client: client).loadAll() {
            _ = AppReducer.reduce(
                &state, .customers(.customersPageLoaded(progress.rows, loaded: progress.loaded, total: progress.total, isComplete: progress.isComplete)))
        }
        return state
    }
}

/// A set-up step that could not be done.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
