import ArgumentParser
import Foundation
import Logging
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore

/// The backend a run talks to, from the profile (`--profile`, else the current one in profiles.toml, else the
/// built-in sandbox) with environment overrides (`PCRES_ENDPOINT`, `PCRES_AUTHORITY`, `PCRES_TENANT`,
/// `PCRES_CLIENT_ID`, `PCRES_CLIENT_SECRET`; secrets never from the command line). The built-in sandbox profile
/// starts the sandbox in-process. Used by the interface and by every subcommand.
struct BackendSession: Sendable {
    /// Why a session could not be opened.
    struct OpenError: Error, CustomStringConvertible {
        var message: String
        /// True when credentials are missing or wrong (exit code 6), false when the backend could not start.
        var isCredentials: Bool
        /// True when profiles.toml or `--profile` is wrong (exit code 2).
        var isConfiguration = false
        var description: String { message }
    }

    let client: PartnerCenterClient
    /// The in-process sandbox, when this session started one.
    let sandbox: SandboxServer?
    /// The session's time: the in-process sandbox's clock, so the interface and the sandbox agree on "now";
    /// the system time against Partner Center.
    var clock: @Sendable () -> Date {
        guard let sandboxClock = sandbox?.clock else { return { Date() } }
        return { sandboxClock.now }
    }
    /// Where the client points.
    let endpoint: URL
    let logger: Logger
    /// The profile in use (the built-in `sandbox` when none is configured).
    let profile: Profile
    /// The partner tenant signed in to (`sandbox` for the built-in sandbox).
    let tenant: String
    /// What the checkout journal records as this session's scope. The built-in sandbox is named by its database,
    /// as its port changes every run.
    let journalScope: JournalScope
    /// The environment variables overriding the profile (`PCRES_ENDPOINT`, …), by name.
    var overrides: [String] = []
    /// Plain-http URLs to other hosts that `allowInsecureHTTP` let through: warned about on stderr, INSECURE badge.
    var insecureURLs: [URL] = []
    /// The team ledger when the profile or `PCRES_LEDGER` names one: the journal and audit go there.
    var ledger: PostgresLedger? = nil

    /// The stderr warning for `insecureURLs`, or nil.
    var insecureWarning: String? {
        guard !insecureURLs.isEmpty else { return nil }
        let urls = insecureURLs.map(\.absoluteString).joined(separator: " and ")
        return "pcres: warning: \(urls) is plain http: the secret and tokens travel in clear text (allowInsecureHTTP in profile \(profile.name))"
    }

    /// True when the backend is the built-in sandbox (the interface shows a badge).
    var isSandbox: Bool { sandbox != nil }

    /// The profile `--profile NAME` names, else the current one, else the built-in sandbox.
    /// - Throws: `OpenError` (configuration) when profiles.toml has a mistake or there is no such profile.
    static func profile(named name: String?, paths: AppPaths) throws -> Profile {
        do {
            return try ProfileStore(paths: paths).load().profile(named: name)
        } catch let error as ProfileError {
            throw OpenError(message: error.description, isCredentials: false, isConfiguration: true)
        }
    }

    /// Works out where the profile connects to, with the environment's overrides.
    static func plan(profileName: String?, paths: AppPaths, environment: [String: String]) throws -> ConnectionPlan {
        let profile = try profile(named: profileName, paths: paths)
        do {
            return try ConnectionPlan.make(profile: profile, environment: environment)
        } catch let error as ProfileError {
            throw OpenError(message: error.description, isCredentials: true)
        }
    }

    /// Opens a session for the profile: an endpoint, or the sandbox started at `paths.sandboxDatabase`.
    static func open(
        profileName: String?, paths: AppPaths, logger: Logger,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> BackendSession {
        let plan = try plan(profileName: profileName, paths: paths, environment: environment)
        let limits = try TransportLimits(environment: environment)
        let ledger = try openLedger(profile: plan.profile, environment: environment, logger: logger)
        guard let endpoint = plan.endpoint else {
            var session = try await openSandbox(
                profile: plan.profile, paths: paths, logger: logger, environment: environment, limits: limits)
            session.ledger = ledger
            return session
        }
        // One sign-in, a token per origin: Partner Center, the Partner API (price sheet: users only) and Graph.
        let tokens: any TokenProvider
        let partnerAPITokens: (any TokenProvider)?
        let graphTokens: any TokenProvider
        switch plan.credentials {
        case .app(let secret):
            func appTokens(_ endpoint: TokenEndpoint) -> ClientCredentialsTokenProvider {
                ClientCredentialsTokenProvider(
                    cloud: plan.cloud, tenant: plan.tenant, clientID: plan.clientID, clientSecret: secret, endpoint: endpoint,
                    transport: AsyncHTTPClientTransport.shared)
            }
            tokens = appTokens(.appOnlyV1)
            partnerAPITokens = nil
            graphTokens = appTokens(.graphAppOnlyV2)
        case .user(let secret):
            let refresh = RefreshTokenProvider(
                cloud: plan.cloud, tenant: plan.tenant, clientID: plan.clientID, clientSecret: secret, endpoint: .userV2,
                cache: FileTokenCache(url: paths.tokenCache), transport: AsyncHTTPClientTransport.shared)
            tokens = refresh
            partnerAPITokens = refresh.forAudience(.partnerAPIUserV2)
            graphTokens = refresh.forAudience(.graphUserV2)
        }
        logger.info("session on endpoint", metadata: [
            "endpoint": .string(endpoint.absoluteString), "profile": .string(plan.profile.name),
        ])
        return BackendSession(
            client: makeClient(
                cloud: plan.cloud, tokens: tokens, partnerAPITokens: partnerAPITokens, graphTokens: graphTokens, limits: limits,
                logger: logger),
            sandbox: nil, endpoint: endpoint,
            logger: logger, profile: plan.profile, tenant: plan.tenant,
            journalScope: JournalScope(profile: plan.profile.name, endpoint: endpoint.absoluteString, tenant: plan.tenant),
            overrides: plan.overrides, insecureURLs: plan.insecureURLs, ledger: ledger)
    }

    /// The team ledger the profile (or `PCRES_LEDGER`) names, its pool started; nil for the local files.
    /// - Throws: `OpenError` (configuration) for a malformed ledger URL or an unreadable password source.
    static func openLedger(profile: Profile, environment: [String: String], logger: Logger) throws -> PostgresLedger? {
        do {
            return try LedgerConfiguration.make(profile: profile, environment: environment).map {
                PostgresLedger($0, logger: logger.child("ledger"))
            }
        } catch let error as ProfileError {
            throw OpenError(message: error.description, isCredentials: false, isConfiguration: true)
        }
    }

    /// Where this session's audit records go: the ledger, else the local file.
    var auditTrail: any AuditTrail {
        ledger.map { LedgerAuditTrail(ledger: $0) } ?? AuditLog(url: AppPaths().auditLog)
    }

    private static func openSandbox(
        profile: Profile, paths: AppPaths, logger: Logger, environment: [String: String], limits: TransportLimits
    ) async throws -> BackendSession {
        var configuration = SandboxConfiguration(databaseURL: paths.sandboxDatabase)
        if let text = environment["PCRES_SANDBOX_ORDER_LIST_DELAY"] {
            // Partner Center's 15 minutes by default; demos and tests that count orders right after buying set 0.
            guard let seconds = Int(text), (0...86_400).contains(seconds) else {
                throw OpenError(message: "PCRES_SANDBOX_ORDER_LIST_DELAY must be whole seconds from 0 to 86400.", isCredentials: false, isConfiguration: true)
            }
            configuration.behavior.orderListDelay = TimeInterval(seconds)
        }
        let sandbox: SandboxServer
        do {
            sandbox = try await SandboxServer.start(configuration, logger: logger.child("sandbox"))
        } catch {
            throw OpenError(message: "Could not start the sandbox: \(error)", isCredentials: false)
        }
        // The built-in sandbox signs in as an operator would (a user token for the price sheet), without a person.
        return BackendSession(
            client: sandbox.client(logger: logger.child("partnercenter"), configure: limits.apply),
            sandbox: sandbox,
            endpoint: sandbox.baseURL, logger: logger, profile: profile, tenant: "sandbox",
            journalScope: JournalScope(profile: profile.name, endpoint: "sandbox:\(paths.sandboxDatabase.path)", tenant: "sandbox"))
    }

    private static func makeClient(
        cloud: CloudEnvironment, tokens: any TokenProvider, partnerAPITokens: (any TokenProvider)?, graphTokens: any TokenProvider,
        limits: TransportLimits, logger: Logger
    ) -> PartnerCenterClient {
        var configuration = PartnerCenterConfiguration(endpoint: cloud.endpoint, priceSheetEndpoint: cloud.partnerAPIEndpoint)
        configuration.graphEndpoint = cloud.graphEndpoint
        limits.apply(to: &configuration)
        return PartnerCenterClient(
            configuration: configuration, tokenProvider: tokens, partnerAPITokens: partnerAPITokens, graphTokens: graphTokens,
            logger: logger.child("partnercenter"))
    }

    /// The endpoint as the header and checkout summary name it: host, and port when one is given
    /// (`127.0.0.1:8080`), as two sandboxes on one host differ only there.
    var endpointHost: String {
        guard let host = endpoint.host else { return endpoint.absoluteString }
        return endpoint.port.map { "\(host):\($0)" } ?? host
    }

    /// What kind of server the endpoint is. A host in Microsoft's domains is known by name; any other endpoint is
    /// asked once, without a token, and is a sandbox only if its answer carries the sandbox header.
    ///
    /// A probe at start is simpler than reading headers off the client's first call, which would need the
    /// PartnerCenter client to expose response headers and the badge to change while the screen is up; it costs
    /// one request and only for endpoints that are neither built in nor Microsoft's.
    func serverKind(timeout: TimeInterval = 5) async -> ServerKind {
        if sandbox != nil { return .builtInSandbox }
        let byName = ServerKind.classify(host: endpoint.host ?? "")
        guard byName == .other else { return byName }
        do {
            let response = try await AsyncHTTPClientTransport.shared.send(
                TransportRequest(method: "GET", url: endpoint, timeout: timeout, maximumResponseBytes: 1 << 20))
            return ServerKind.classify(host: endpoint.host ?? "", responseHeaders: response.headers)
        } catch {
            logger.info("server probe failed; no badge", metadata: ["endpoint": .string(endpoint.absoluteString)])
            return .other
        }
    }

    /// Stops the in-process sandbox, if any, and the ledger's pool.
    func close() async {
        await sandbox?.stop()
        await ledger?.close()
    }

    /// The file logger of `$XDG_STATE_HOME/pcres/pcres.log` (level from `PCRES_LOG_LEVEL`).
    static func makeLogger(paths: AppPaths) throws -> Logger {
        let sink = try FileLogHandler.Sink(url: paths.logFile)
        var logger = Logger(label: "pcres", factory: { label in FileLogHandler(label: label, sink: sink) })
        logger.logLevel = ProcessInfo.processInfo.environment["PCRES_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}

extension Logger {
    /// The same handler under a sub-label, e.g. `pcres.sandbox`.
    func child(_ name: String) -> Logger {
        var copy = self
        copy[metadataKey: "component"] = .string(name)
        return copy
    }
}
