import Foundation

/// The PostgreSQL server `scripts/with-postgres.sh` starts (`make test` runs the end-to-end pass inside it), with a
/// fresh database per test. Without `PCRES_TEST_POSTGRES_URL` the ledger tests fail: they are never skipped.
struct LedgerServer {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "PCRES_TEST_POSTGRES_URL and PCRES_TEST_POSTGRES_CTL are not set: run the end-to-end tests through scripts/with-postgres.sh (make test does)"
        }
    }

    /// `postgres://postgres@127.0.0.1:PORT/pcres_e2e_…`: what `PCRES_LEDGER` is set to.
    let url: String
    /// The script that stops or starts the server.
    let control: String

    /// Creates an empty database on the test server.
    static func fresh() throws -> LedgerServer {
        let environment = ProcessInfo.processInfo.environment
        guard let server = environment["PCRES_TEST_POSTGRES_URL"], let control = environment["PCRES_TEST_POSTGRES_CTL"],
              let slash = server.range(of: "/", options: .backwards)
        else { throw Missing() }
        let name = "pcres_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try TmuxSession.run("/usr/bin/psql", [server, "-qtAc", "CREATE DATABASE \(name)"])
        return LedgerServer(url: server[..<slash.upperBound] + name, control: control)
    }

    /// Runs `sql` in the test's database and returns its rows, `|` between columns.
    func query(_ sql: String) throws -> String {
        try TmuxSession.run("/usr/bin/psql", [url, "-qtAc", sql]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server (fast shutdown): every connection is dropped, as when the database host goes away.
    func stop() throws { try TmuxSession.run(control, ["stop"]) }

    /// Starts the server again and waits until it accepts connections.
    func start() throws { try TmuxSession.run(control, ["start"]) }
}
