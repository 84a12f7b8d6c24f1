import ArgumentParser
import Foundation
import ReservationsCore

/// Runs a command that needs only where records go (the team ledger, else the local files), not a Partner Center
/// session: `pcres ledger …`, `pcres audit …`. Prints the listing or the failure as `CLIRun` does.
enum LedgerRun {
    static func run(_ options: GlobalOptions, _ body: (PostgresLedger?) async throws -> Listing) async throws {
        let printer = OutputPrinter(format: options.output)
        let ledger: PostgresLedger?
        do {
            let paths = AppPaths()
            let profile = try BackendSession.profile(named: options.profileOption.name, paths: paths)
            ledger = try BackendSession.openLedger(
                profile: profile, environment: ProcessInfo.processInfo.environment, logger: try BackendSession.makeLogger(paths: paths))
        } catch let error as BackendSession.OpenError {
            let failure = CLIFailure.opening(error)
            printer.report(failure)
            throw failure.code.exitCode
        }
        let outcome: Result<Listing, CLIFailure>
        do {
            outcome = .success(try await body(ledger))
        } catch let error as LedgerError {
            outcome = .failure(CLIFailure(error.isOffline ? .server : .failure, error.message, reason: error.isOffline ? "ledgerOffline" : "ledger"))
        } catch {
            outcome = .failure(CLIFailure.from(error))
        }
        await ledger?.close()
        switch outcome {
        case .success(let listing):
            try printer.print(listing)
        case .failure(let failure):
            printer.report(failure)
            throw failure.code.exitCode
        }
    }

    /// The ledger's audit trail, else this host's audit log.
    static func auditTrail(_ ledger: PostgresLedger?) -> any AuditTrail {
        ledger.map { LedgerAuditTrail(ledger: $0) } ?? AuditLog(url: AppPaths().auditLog)
    }

    /// The ledger, or a refusal saying how to name one.
    static func required(_ ledger: PostgresLedger?) throws -> PostgresLedger {
        guard let ledger else {
            throw CLIFailure(
                .usage, "No ledger is configured: set ledger = \"postgres://USER@HOST:PORT/DB\" in the profile or PCRES_LEDGER.",
                reason: "noLedger")
        }
        return ledger
    }
}
