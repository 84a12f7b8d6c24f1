import Foundation
import Logging
import PostgresNIO

/// A connection pool to the team ledger, with every call bounded in time so that a server that is down or does not
/// answer turns into ``LedgerError/isOffline`` within seconds instead of a purchase that hangs.
///
/// ```swift
/// let ledger = PostgresLedger(configuration, logger: logger)
/// defer { Task { await ledger.close() } }
/// try await ledger.migrate()
/// let journal = LedgerJournal(ledger: ledger), audit = LedgerAuditTrail(ledger: ledger)
/// ```
public final class PostgresLedger: Sendable {
    public let configuration: LedgerConfiguration
    let client: PostgresClient
    let logger: Logger
    /// The longest one ledger call may take, waiting for a connection included.
    let timeout: Duration
    private let runner: Task<Void, Never>

    /// Starts the pool; connections are opened on first use.
    /// - Parameter timeout: how long a call may take before the ledger is reported offline.
    public init(_ configuration: LedgerConfiguration, logger: Logger, timeout: Duration = .seconds(5)) {
        var settings = PostgresClient.Configuration(
            host: configuration.host, port: configuration.port, username: configuration.username,
            password: configuration.password?.revealedValue, database: configuration.database,
            tls: configuration.requiresTLS ? .require(.makeClientConfiguration()) : .disable)
        // An interactive tool: one operator, a few concurrent effects. Two connections stay warm.
        settings.options.minimumConnections = 0
        settings.options.maximumConnections = 4
        settings.options.connectTimeout = timeout
        settings.options.keepAliveBehavior = nil
        self.configuration = configuration
        self.logger = logger
        self.timeout = timeout
        let client = PostgresClient(configuration: settings, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
    }

    /// Closes the pool. Does not wait for connections still trying to reach a server that is down.
    public func close() async {
        runner.cancel()
    }

    /// Runs `body` in one transaction (committed when it returns, rolled back when it throws), within `timeout`.
    @discardableResult
    func transaction<Result: Sendable>(
        _ what: String, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let client = self.client
        let logger = self.logger
        return try await bounded(what) {
            try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    let result = try await body(connection)
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    /// Runs `body` with a connection, outside a transaction, within `timeout`.
    @discardableResult
    func reading<Result: Sendable>(
        _ what: String, _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let client = self.client
        return try await bounded(what) { try await client.withConnection { try await body($0) } }
    }

    /// Answers when the server does: true, or throws the offline ``LedgerError``.
    public func ping() async throws {
        let logger = self.logger
        try await reading("reach the ledger") { connection in
            try await connection.query("SELECT 1", logger: logger)
        }
    }

    private func bounded<Result: Sendable>(_ what: String, _ body: @escaping @Sendable () async throws -> Result) async throws -> Result {
        let timeout = self.timeout
        let place = configuration.description
        do {
            return try await withThrowingTaskGroup(of: Result?.self) { group in
                group.addTask { try await body() }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let result = first else {
                    throw LedgerError("The ledger \(place) did not answer within \(timeout) (\(what)).", isOffline: true)
                }
                return result
            }
        } catch let error as LedgerError {
            throw error
        } catch let error as PSQLError {
            throw Self.describe(error, what: what, place: place)
        } catch let error as JournalDuplicateRefusal {
            throw error
        } catch let error as CheckoutJournalError {
            throw error
        } catch {
            throw LedgerError("Could not \(what) in the ledger \(place): \(error)", isOffline: false)
        }
    }

    /// Turns a driver error into words: the server's own message when it sent one, else "cannot reach". The
    /// password is never part of either.
    static func describe(_ error: PSQLError, what: String, place: String) -> LedgerError {
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            // 28xxx: authentication; 08xxx: connection; 57P0x: the server is shutting down or restarting.
            let code = info[.sqlState] ?? ""
            let offline = code.hasPrefix("08") || code.hasPrefix("57P")
            return LedgerError("The ledger \(place) refused to \(what): \(message)\(state).", isOffline: offline)
        }
        let cause = error.underlying.map { "\($0)" } ?? error.code.description
        return LedgerError("Cannot reach the ledger \(place) to \(what): \(cause).", isOffline: true)
    }
}
