import Foundation

/// How to run a sandbox: where it listens and keeps its state.
public struct SandboxConfiguration: Sendable {
    /// Loopback unless told otherwise: a sandbox is a local tool, not a service.
    public var host: String
    /// 0 picks an ephemeral port.
    public var port: Int
    /// The SQLite file, or nil for an in-memory database (tests).
    public var databaseURL: URL?
    /// Customers seeded on first use (at least the hand-picked set).
    public var customerCount: Int
    /// Largest request body accepted, in bytes.
    public var maximumBodySize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 0, databaseURL: URL? = nil,
        customerCount: Int = SandboxConfiguration.handPickedCustomerCount, maximumBodySize: Int = 1_048_576
    ) {
        self.host = host
        self.port = port
        self.databaseURL = databaseURL
        self.customerCount = customerCount
        self.maximumBodySize = maximumBodySize
    }

    /// How many hand-picked customers the seed has; the minimum `customerCount`.
    public static let handPickedCustomerCount = SeedCustomers.entries.count
}
