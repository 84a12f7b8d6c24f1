import Foundation
import PartnerCenter
import ReservationsCore

/// Builds the purchase service for a CLI session and turns its results and errors into listings and exit codes.
enum PurchaseRun {
    /// The service over the team ledger when one is configured, else the journal and audit log in the data folder.
    /// A corrupt local journal is reported on stderr; one that another account owns or could change is refused
    /// (exit 4), and so is a ledger that cannot be reached or is not initialised: nothing is bought without the record.
    static func service(_ session: BackendSession, paths: AppPaths = AppPaths()) async throws -> PurchaseService {
        if let ledger = session.ledger {
            try await requireLedger(ledger)
            return PurchaseService(
                client: session.client, journal: LedgerJournal(ledger: ledger), audit: LedgerAuditTrail(ledger: ledger),
                scope: session.journalScope)
        }
        let journal: CheckoutJournal
        do {
            journal = try CheckoutJournal.open(at: paths.checkoutJournal)
        } catch let refusal as LocalFileTrust.Refusal {
            throw CLIFailure(.refused, refusal.message, reason: "untrustedJournal")
        }
        if let notice = journal.recoveryNotice {
            FileHandle.standardError.write(Data("pcres: \(TerminalText.sanitize(notice))\n".utf8))
            session.logger.warning("checkout journal moved aside", metadata: ["path": .string(paths.checkoutJournal.path)])
        }
        return PurchaseService(
            client: session.client, journal: journal, audit: AuditLog(url: paths.auditLog), scope: session.journalScope)
    }

    /// Refuses (exit 4, reason `ledgerOffline`) when the ledger does not answer or is not at this build's schema.
    static func requireLedger(_ ledger: PostgresLedger) async throws {
        do {
            try await LedgerSchema.requireCurrent(ledger)
        } catch let error as LedgerError {
            throw CLIFailure(.refused, "Nothing was sent: purchases and registrations need the ledger. \(error.message)", reason: "ledgerOffline")
        }
    }

    /// `sandbox`, or the endpoint's host.
    static func profileName(_ session: BackendSession) -> String {
        session.isSandbox ? "sandbox" : (session.endpoint.host ?? session.endpoint.absoluteString)
    }

    /// Appends a registration attempt to the audit trail; a failed write is logged, never hides the command's result.
    static func auditRegistration(
        _ session: BackendSession, customer: String, subscription: String, outcome: String, error: (any Error)? = nil
    ) async {
        let serviceError = error as? PartnerCenterError
        let record = AuditRecord.registration(
            customerID: customer, subscriptionID: subscription, profile: profileName(session), outcome: outcome,
            detail: serviceError?.summary ?? error.map { String(describing: $0) }, requestID: serviceError?.requestID?.rawValue,
            correlationID: serviceError?.correlationID?.rawValue)
        do {
            try await session.auditTrail.append(record)
        } catch {
            session.logger.error("could not write the audit log", metadata: ["error": .string(String(describing: error))])
        }
    }

    /// Refuses when `--yes` is missing: a purchase is never made by accident from a script.
    static func requireConfirmation(_ yes: Bool, _ options: GlobalOptions, action: String) throws {
        guard !yes else { return }
        let failure = CLIFailure(
            .refused, "\(action) places a real order; add --yes to confirm (nothing was sent).", reason: "notConfirmed")
        OutputPrinter(format: options.output).report(failure)
        throw failure.code.exitCode
    }

    /// Lists every preflight problem on stderr (one per line) and returns the failure to throw.
    static func preflightFailure(_ problems: [PreflightProblem], format: OutputFormat) -> CLIFailure {
        if format != .json {
            for problem in problems {
                FileHandle.standardError.write(Data("pcres: preflight: \(TerminalText.sanitize(problem.description))\n".utf8))
            }
        }
        let joined = problems.map(\.description).joined(separator: " ")
        return CLIFailure(.refused, "Refused by preflight (\(problems.count) problem\(problems.count == 1 ? "" : "s")): \(joined)", reason: "preflight")
    }

    /// Converts a `PurchaseError` into the CLI's failure.
    static func failure(_ error: PurchaseError, format: OutputFormat) -> CLIFailure {
        switch error.kind {
        case .refusedByPreflight:
            return preflightFailure(error.problems, format: format)
        case .outcomeUnknown:
            return CLIFailure(
                error.underlying.map(CLIExitCode.init(for:)) ?? .server, error.message, reason: "outcomeUnknown",
                httpStatus: error.underlying?.httpStatus, serviceCode: error.underlying?.code,
                requestID: error.underlying?.requestID?.rawValue, correlationID: error.underlying?.correlationID?.rawValue)
        case .unknownIntent:
            return CLIFailure(.notFound, error.message, reason: "unknownIntent")
        case .journal:
            return CLIFailure(.refused, error.message, reason: "journal")
        case .possibleDuplicate:
            if format != .json {
                for duplicate in error.duplicates {
                    FileHandle.standardError.write(Data("pcres: possible duplicate: \(TerminalText.sanitize(duplicate.message(now: Date())))\n".utf8))
                }
            }
            // Tables list each earlier purchase above on its own line; JSON carries them in the message.
            let message = format == .json
                ? "\(error.message) Add --allow-duplicate to buy it anyway."
                : "Nothing was sent: the same item was bought for this customer within 24 hours (above). Add --allow-duplicate to buy it anyway."
            return CLIFailure(.refused, message, reason: "possibleDuplicate")
        }
    }

    /// The result as a document and fields; a failed purchase becomes a refusal (exit 4) after printing nothing.
    static func listing(_ result: PurchaseResult) throws -> Listing {
        if result.outcome == .failed {
            let lines = result.lineErrors.map(\.message)
            let reason = ([result.failureReason].compactMap { $0 } + lines).joined(separator: "; ")
            throw CLIFailure(.refused, "Nothing was bought: \(reason.isEmpty ? "the service refused the checkout" : reason)", reason: "checkoutFailed")
        }
        var fields: [(String, String?)] = [
            ("Outcome", result.outcome.rawValue + (result.wasAlreadyPlaced ? " (placed earlier; nothing new was ordered)" : "")),
            ("Idempotency key", result.intentID), ("Customer", result.customerID.rawValue), ("Cart", result.cartID?.rawValue),
            ("Request", result.checkoutRequestID?.rawValue),
        ]
        for id in result.orderIDs {
            let order = result.orders.first { $0.id == id }
            let total = order.map { " \(Formatting.cents($0.totalPrice)) \($0.currencyCode ?? "")" } ?? ""
            fields.append(("Order", "\(id.rawValue)\(order.map { " \($0.status.wireName)" } ?? "")\(total)"))
        }
        for error in result.orderErrors {
            fields.append(("Failed group", "\(error.orderGroupId): \(error.code) \(error.description ?? "")"))
        }
        return try Listing(json: result, fields: fields)
    }
}
