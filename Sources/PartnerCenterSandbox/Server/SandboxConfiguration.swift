import Foundation

/// How to run a sandbox: where it listens and keeps its state.
public struct SandboxConfiguration: Sendable {
    /// Loopback unless told otherwise: a sandbox is a local tool, not a service.
    public var host: String
    /// 0 picks an ephemeral port.
    public var port: Int
    /// The Partner API origin's port (price sheet); 0 picks an ephemeral one.
    public var partnerAPIPort: Int = 0
    /// The Microsoft Graph origin's port (billing exports); 0 picks an ephemeral one.
    public var graphPort: Int = 0
    /// The blob storage origin's port (export files); 0 picks an ephemeral one.
    public var blobPort: Int = 0
    /// The SQLite file, or nil for an in-memory database (tests).
    public var databaseURL: URL?
    /// Customers seeded on first use (at least the hand-picked set).
    public var customerCount: Int
    /// Largest request body accepted, in bytes.
    public var maximumBodySize: Int
    /// Pacing of registrations and orders, and cart lifetime.
    public var behavior: SandboxBehavior
    /// Faults injected from the start (more can be added at `/sandbox/faults`).
    public var faults: [FaultRule]
    /// Whether a new database gets a year of past purchases and invoices (off in most tests, for speed).
    public var seedsHistory: Bool = true
    /// The time as every part of the sandbox sees it: the system clock, or a manual one in tests.
    public var clock = SandboxClock()

    public init(
        host: String = "127.0.0.1", port: Int = 0, databaseURL: URL? = nil,
        customerCount: Int = SandboxConfiguration.handPickedCustomerCount, maximumBodySize: Int = 1_048_576,
        behavior: SandboxBehavior = SandboxBehavior(), faults: [FaultRule] = []
    ) {
        self.behavior = behavior
        self.faults = faults
        self.host = host
        self.port = port
        self.databaseURL = databaseURL
        self.customerCount = customerCount
        self.maximumBodySize = maximumBodySize
    }

    /// Copies of the region set each regional catalog product is sold in: 1 is the real-sized catalog (about 7,700
    /// SKUs per country); 14 gives over 100,000 SKUs per country for benchmarks (`pcres sandbox serve --scale N`).
    public var catalogScale: Int = 1
    /// Mixed into availability and catalog item IDs; change it to make earlier IDs stale (400019).
    public var catalogEpoch: Int = 0

    /// How many hand-picked customers the seed has; the minimum `customerCount`.
    public static let handPickedCustomerCount = SeedCustomers.entries.count
}
