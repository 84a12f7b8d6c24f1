import ArgumentParser
import Foundation
import Logging
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore

/// The backend a run talks to: the built-in sandbox started in-process (the default), or an existing endpoint
/// named by `PCRES_ENDPOINT` with app-only credentials from `PCRES_TENANT`, `PCRES_CLIENT_ID` and
/// `PCRES_CLIENT_SECRET` (never from the command line). Used by the interface and by every subcommand.
struct BackendSession: Sendable {
    /// Why a session could not be opened.
    struct OpenError: Error, CustomStringConvertible {
        var message: String
        /// True when credentials are missing or wrong (exit code 6), false when the backend could not start.
        var isCredentials: Bool
        var description: String { message }
    }

    let client: PartnerCenterClient
    /// The in-process sandbox, when this session started one.
    let sandbox: SandboxServer?
    /// Where the client points.
    let endpoint: URL
    let logger: Logger

    /// True when the backend is the built-in sandbox (the interface shows a badge).
    var isSandbox: Bool { sandbox != nil }

    /// Opens a session: honours `PCRES_ENDPOINT`, otherwise starts the sandbox at `paths.sandboxDatabase`.
    static func open(
        paths: AppPaths, logger: Logger, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> BackendSession {
        if let endpointText = environment["PCRES_ENDPOINT"], !endpointText.isEmpty {
            guard let endpoint = URL(string: endpointText), endpoint.scheme == "http" || endpoint.scheme == "https" else {
                throw OpenError(message: "PCRES_ENDPOINT is not an http(s) URL: \(endpointText)", isCredentials: false)
            }
            guard let clientID = environment["PCRES_CLIENT_ID"], !clientID.isEmpty,
                let secret = environment["PCRES_CLIENT_SECRET"], !secret.isEmpty
            else {
                throw OpenError(
                    message: "PCRES_ENDPOINT is set but PCRES_CLIENT_ID or PCRES_CLIENT_SECRET is missing; set both in the environment.",
                    isCredentials: true)
            }
            let authority = environment["PCRES_AUTHORITY"].flatMap { $0.isEmpty ? nil : URL(string: $0) } ?? endpoint
            let tenant = environment["PCRES_TENANT"].flatMap { $0.isEmpty ? nil : $0 } ?? "sandbox"
            let tokens = ClientCredentialsTokenProvider(
                authority: authority, tenant: tenant, clientID: clientID, clientSecret: secret, transport: URLSessionTransport())
            logger.info("session on endpoint", metadata: ["endpoint": .string(endpoint.absoluteString)])
            return BackendSession(client: makeClient(endpoint: endpoint, tokens: tokens, logger: logger), sandbox: nil,
                                  endpoint: endpoint, logger: logger)
        }
        Self.bypassProxiesForLoopback()
        let sandbox: SandboxServer
        do {
            sandbox = try await SandboxServer.start(
                SandboxConfiguration(databaseURL: paths.sandboxDatabase), logger: logger.child("sandbox"))
        } catch {
            throw OpenError(message: "Could not start the sandbox: \(error)", isCredentials: false)
        }
        let tokens = ClientCredentialsTokenProvider(
            authority: sandbox.baseURL, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            clientSecret: SandboxTokenIssuer.clientSecret, transport: URLSessionTransport())
        return BackendSession(
            client: makeClient(endpoint: sandbox.baseURL, tokens: tokens, logger: logger), sandbox: sandbox,
            endpoint: sandbox.baseURL, logger: logger)
    }

    private static func makeClient(endpoint: URL, tokens: any TokenProvider, logger: Logger) -> PartnerCenterClient {
        PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: endpoint, priceSheetEndpoint: endpoint), tokenProvider: tokens,
            logger: logger.child("partnercenter"))
    }

    /// Stops the in-process sandbox, if any.
    func close() async {
        await sandbox?.stop()
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

extension BackendSession {
    /// libcurl sends even loopback requests through `http_proxy` unless `no_proxy` lists them, and jump hosts
    /// often set a proxy; the built-in sandbox must be reached directly.
    static func bypassProxiesForLoopback() {
        for name in ["no_proxy", "NO_PROXY"] {
            let current = ProcessInfo.processInfo.environment[name] ?? ""
            let entries = current.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let missing = ["127.0.0.1", "localhost"].filter { !entries.contains($0) }
            guard !missing.isEmpty else { continue }
            setenv(name, (entries.filter { !$0.isEmpty } + missing).joined(separator: ","), 1)
        }
    }
}
