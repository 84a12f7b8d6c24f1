import ArgumentParser
import Foundation
import ReservationsCore

/// Runs one scriptable subcommand: opens the backend session, calls `body`, prints the listing in the chosen
/// format, and turns failures into one stderr line (or `{"error": …}`) and a distinct exit code.
enum CLIRun {
    static func run(_ options: GlobalOptions, _ body: (BackendSession) async throws -> Listing) async throws {
        let printer = OutputPrinter(format: options.output)
        let session: BackendSession
        do {
            let paths = AppPaths()
            session = try await BackendSession.open(
                profileName: options.profileOption.name, paths: paths, logger: try BackendSession.makeLogger(paths: paths))
        } catch let error as BackendSession.OpenError {
            let failure = CLIFailure.opening(error)
            printer.report(failure)
            throw failure.code.exitCode
        } catch {
            let failure = CLIFailure(.failure, "Could not open the log or the session: \(error)", reason: "failure")
            printer.report(failure)
            throw failure.code.exitCode
        }
        if let warning = session.insecureWarning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        if let notice = session.sandbox?.store.recoveryNotice {
            session.logger.error("\(notice)")
            FileHandle.standardError.write(Data("pcres: \(notice)\n".utf8))
        }
        let outcome: Result<Listing, CLIFailure>
        do {
            outcome = .success(try await body(session))
        } catch {
            outcome = .failure(CLIFailure.from(error))
        }
        await session.close()
        switch outcome {
        case .success(let listing):
            do {
                try printer.print(listing)
            } catch {
                printer.report(CLIFailure(.failure, "Could not write the output: \(error)", reason: "failure"))
                throw CLIExitCode.failure.exitCode
            }
        case .failure(let failure):
            session.logger.notice("command failed", metadata: ["exit": .stringConvertible(failure.code.rawValue)])
            printer.report(failure)
            throw failure.code.exitCode
        }
    }

    /// Refuses an action that changes state when `--read-only` is set or the profile is read-only (before any
    /// session is opened).
    static func refuseIfReadOnly(_ options: GlobalOptions, action: String) throws {
        let printer = OutputPrinter(format: options.output)
        let profile: Profile
        do {
            profile = try BackendSession.profile(named: options.profileOption.name, paths: AppPaths())
        } catch let error as BackendSession.OpenError {
            let failure = CLIFailure.opening(error)
            printer.report(failure)
            throw failure.code.exitCode
        }
        guard options.readOnly || profile.isReadOnly else { return }
        let failure = options.readOnly ? CLIFailure.readOnly(action) : CLIFailure.readOnlyProfile(action, profile: profile.name)
        printer.report(failure)
        throw failure.code.exitCode
    }
}
