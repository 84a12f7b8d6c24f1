import Foundation
import Logging
import PostgresNIO
@testable import ReservationsCore

/// A fresh database on the test server that `scripts/with-postgres.sh` (`make test`) starts, named by
/// `PCRES_TEST_POSTGRES_URL`. Without that variable the ledger tests fail: they are never skipped.
struct LedgerTestDatabase {
    let configuration: LedgerConfiguration

    struct ServerMissing: Error, CustomStringConvertible {
        var description: String {
            "PCRES_TEST_POSTGRES_URL is not set: run these tests through scripts/with-postgres.sh (make test does)"
        }
    }

    /// Creates an empty database and returns where it is.
    static func create() async throws -> LedgerTestDatabase {
        guard let text = ProcessInfo.processInfo.environment["PCRES_TEST_POSTGRES_URL"] else { throw ServerMissing() }
        let server = try LedgerConfiguration.parse(text, origin: "PCRES_TEST_POSTGRES_URL")
        let name = "pcres_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let admin = PostgresLedger(server, logger: Logger(label: "ledger-test"))
        do {
            try await admin.reading("create a test database") { connection in
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: Logger(label: "ledger-test"))
            }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        var configuration = server
        configuration.database = String(name)
        return LedgerTestDatabase(configuration: configuration)
    }

    /// A new pool on the database: one per simulated host.
    func open(timeout: Duration = .seconds(5)) -> PostgresLedger {
        PostgresLedger(configuration, logger: Logger(label: "ledger-test"), timeout: timeout)
    }

    /// A pool on the database with the schema in place.
    func migrated() async throws -> PostgresLedger {
        let ledger = open()
        try await LedgerSchema.migrate(ledger)
        return ledger
    }
}
