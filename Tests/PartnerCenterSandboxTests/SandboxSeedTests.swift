import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

struct SandboxSeedTests {
    static func client(_ server: SandboxServer) -> PartnerCenterClient {
        let tokens = ClientCredentialsTokenProvider(
            authority: server.baseURL, tenant: "sandbox", clientID: "pcres-sandbox", clientSecret: "sandbox-secret",
            transport: AsyncHTTPClientTransport.shared)
        return PartnerCenterClient(configuration: PartnerCenterConfiguration(endpoint: server.baseURL), tokenProvider: tokens)
    }

    @Test("the seed has 40+ customers in 15+ countries, unsold markets, non-ASCII names, and both Azure kinds each")
    func seedVariety() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let client = Self.client(server)
        let customers = try await client.allItems(APIRequest(operation: "list", path: "/customers", query: [.init(name: "size", value: "100")]), of: Customer.self)
        #expect(customers.count >= 40)
        var countries: Set<String> = []
        var statuses: Set<String> = []
        for customer in customers {
            let detail = try await client.customers.byID(customer.id).get()
            countries.insert(try #require(detail.countryCode))
            let subscriptions = try await client.customers.byID(customer.id).subscriptions.list()
            #expect(subscriptions.contains { $0.kind == .legacyAzure }, "\(customer.name) has MS-AZR-0145P")
            #expect(subscriptions.contains { $0.kind == .azurePlan }, "\(customer.name) has an Azure plan")
            statuses.formUnion(subscriptions.map(\.status.wireName))
        }
        #expect(countries.count >= 15)
        #expect(!countries.isDisjoint(with: ["BR", "RU", "CN", "RE", "AX", "GI", "JE"]), "some markets do not sell reservations")
        #expect(customers.contains { $0.name == "株式会社テスト" })
        #expect(customers.contains { $0.name == "Ålandeilanden — Réunion" })
        #expect(statuses.isSuperset(of: ["active", "suspended", "pending"]))
    }

    @Test("state lives in a SQLite file that survives a restart, and the seed is deterministic")
    func persistentAndDeterministic() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-seed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sandbox.sqlite")

        let first = try await SandboxServer.start(SandboxConfiguration(databaseURL: file))
        let before = try await Self.client(first).customers.list(size: 5).items.map(\.id)
        await first.stop()
        #expect(FileManager.default.fileExists(atPath: file.path))

        let second = try await SandboxServer.start(SandboxConfiguration(databaseURL: file))
        let after = try await Self.client(second).customers.list(size: 5).items.map(\.id)
        await second.stop()
        #expect(before == after)

        let memory = try await SandboxServer.start(SandboxConfiguration())
        let fresh = try await Self.client(memory).customers.list(size: 5).items.map(\.id)
        await memory.stop()
        #expect(fresh == before, "a new sandbox seeds the same world")
    }

    @Test("a larger customer count seeds generated customers after the hand-picked ones")
    func scaledCustomers() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(customerCount: 1_000))
        defer { Task { await server.stop() } }
        let page = try await Self.client(server).customers.list(size: 10)
        #expect(page.totalCount == 1_000)
        #expect(page.items.map(\.name).first == "Contoso Ltd")
    }
}
