import ArgumentParser
import Foundation
import Logging
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TerminalUICurses
import CartFeature
import ScreenKit

#if canImport(Glibc)
    import Glibc
#endif

/// `pcres` with no subcommand: the full-screen interface, on the sandbox when no profile is configured.
struct InterfaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen interface (the default).",
        discussion: """
            Keys: / filter, Enter open, Tab switch pane, ? help, q quit. The log goes to \
            $XDG_STATE_HOME/pcres/pcres.log, never to the screen.

            Example:
              pcres --theme high-contrast
              NO_COLOR=1 pcres --ascii
              pcres --profile contoso --read-only
            """)

    @OptionGroup var options: InterfaceOptions

    func run() async throws {
        // Before the first loads: malloc settings that keep a 100,000-SKU catalog's resident set down.
        MallocTuning.apply()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ValidationError("The interface needs a terminal. For scripts, see `pcres --help`.")
        }
        let paths = AppPaths()
        let logger = try BackendSession.makeLogger(paths: paths)
        let environment = ProcessInfo.processInfo.environment
        let noColor = options.noColor || environment["NO_COLOR"].map { !$0.isEmpty } == true
        let profile: Profile
        do {
            profile = try BackendSession.profile(named: options.profileOption.name, paths: paths)
        } catch {
            throw ValidationError("\(error)")
        }
        let theme = try ThemeChooser(paths: paths).theme(named: options.theme ?? profile.theme, noColor: noColor)

        let session: BackendSession
        do {
            session = try await BackendSession.open(profileName: profile.name, paths: paths, logger: logger)
        } catch {
            throw ValidationError("\(error)")
        }
        // Before curses takes the screen (it stays in the scrollback); the header's INSECURE badge says it after.
        if let warning = session.insecureWarning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        let client = session.client
        let serverKind = await session.serverKind()
        let mailbox = Mailbox()
        let profileName = profile.name
        let audit: any AuditTrail = session.ledger.map { LedgerAuditTrail(ledger: $0) } ?? AuditLog(url: paths.auditLog)
        // A journal another account owns or could change is not trusted: browsing works, purchases are off.
        let journal: (any JournalStore)?
        let localJournal: CheckoutJournal?
        let journalRefusal: String?
        if let ledger = session.ledger {
            // The team ledger: a server that is down refuses each purchase when it is tried (LEDGER OFFLINE badge).
            localJournal = nil
            journal = LedgerJournal(ledger: ledger)
            journalRefusal = nil
        } else {
            do {
                localJournal = try CheckoutJournal.open(at: paths.checkoutJournal)
                journalRefusal = nil
            } catch let refusal as LocalFileTrust.Refusal {
                localJournal = nil
                journalRefusal = refusal.message + " Purchases are off in this session."
                logger.error("checkout journal refused: \(refusal.message)")
            }
            journal = localJournal
        }
        if let notice = localJournal?.recoveryNotice { logger.error("\(notice)") }
        let purchases = journal.map {
            PurchaseService(client: client, journal: $0, audit: audit, scope: session.journalScope, clock: session.clock)
        }
        var ledgerCheck: (@Sendable () async -> String?)?
        if let ledger = session.ledger {
            ledgerCheck = { @Sendable () async -> String? in
                do {
                    try await LedgerSchema.requireCurrent(ledger)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
        }
        let catalogCache: CatalogCache?
        do {
            catalogCache = try CatalogCache(url: paths.catalogCache(profile: profileName))
        } catch {
            // Without the cache every open loads from the service: slower, nothing lost.
            logger.error("catalog cache unavailable: \(error)")
            catalogCache = nil
        }
        let runner = EffectRunner(
            directory: CustomerDirectory(client: client), mailbox: mailbox, catalog: CatalogLoader(client: client, cache: catalogCache),
            draftStore: CartDraftStore(paths: paths),
            purchases: purchases.map { JournaledCheckout(service: $0, profile: profileName, clock: session.clock) }, audit: audit,
            profileName: profileName, ledgerCheck: ledgerCheck, clock: session.clock)
        runner.watchLedger()
        let terminalOptions = CursesTerminal.Options(forceNoColor: noColor, asciiOnly: options.ascii)
        let ascii = options.ascii
        let readOnly = options.readOnly || profile.isReadOnly
        logger.info("interface starting", metadata: ["endpoint": .string(session.endpoint.absoluteString), "theme": .string(theme.name)])

        // curses lives on one dedicated thread for the whole session; effects run on the task pool.
        let outcome: Result<AppLoop.Outcome, CursesError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                do {
                    let terminal = try CursesTerminal(options: terminalOptions)
                    var environment = AppEnvironment(
                        profileName: profile.name, serverKind: serverKind, isReadOnly: readOnly,
                        isASCII: ascii || !terminal.capabilities.isUTF8, sessionID: UUID().uuidString.lowercased())
                    // The built-in sandbox's port changes every run; its host says nothing.
                    environment.endpointHost = session.isSandbox ? "" : session.endpointHost
                    environment.tenant = session.tenant
                    environment.usesColor = !noColor && terminal.capabilities.hasColors
                    environment.overrides = session.overrides
                    environment.isInsecure = !session.insecureURLs.isEmpty
                    if !options.readOnly, profile.isReadOnly { environment.readOnlyCause = "profile \(profile.name) is read-only" }
                    environment.startupNotices = [localJournal?.recoveryNotice, journalRefusal, session.sandbox?.store.recoveryNotice].compactMap { $0 }
                    let loop = AppLoop(
                        terminal: terminal, theme: theme, runner: runner, mailbox: mailbox,
                        pendingSignal: { terminal.pendingSignal })
                    let (_, outcome) = loop.run(environment: environment)
                    terminal.restore()
                    continuation.resume(returning: .success(outcome))
                } catch let error as CursesError {
                    continuation.resume(returning: .failure(error))
                } catch {
                    continuation.resume(returning: .failure(CursesError(message: String(describing: error))))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        runner.cancelAll()
        await session.close()
        switch outcome {
        case .success(.quit):
            logger.info("interface closed")
        case .success(.signal(let signal)):
            logger.notice("interface stopped by signal \(signal)")
            throw ExitCode(CursesTerminal.exitStatus(forSignal: signal))
        case .failure(let error) where error.isUnsupportedTerminal:
            logger.notice("interface not started: \(error.message)")
            CursesTerminal.showPlainNotice([
                "pcres: \(error.message).",
                "Set TERM to your terminal's type (for example TERM=xterm-256color or TERM=vt100),",
                "or use the subcommands, which print plain text: pcres --help",
                "Press q to quit.",
            ])
        case .failure(let error):
            throw ValidationError("Could not open the terminal: \(error)")
        }
    }
}
