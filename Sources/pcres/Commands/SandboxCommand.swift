import ArgumentParser
import Foundation
import Logging
import PartnerCenterSandbox
import ReservationsCore

/// `pcres sandbox …`: run or reset the local Partner Center.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local Partner Center sandbox on its own, or reset it.",
        discussion: "Examples:\n  pcres sandbox serve --port 8080\n  pcres sandbox reset",
        subcommands: [Serve.self, Reset.self])

    /// One JSON document on one line, flushed at once (a script may be waiting for it while serve runs on).
    static func printJSON(_ document: [String: any Encodable & Sendable]) throws {
        var data = try JSONOutput.encode(document.mapValues(AnyEncodable.init), pretty: false)
        data.append(0x0A)
        OutputPrinter.write(data, to: .standardOutput)
    }

    /// Lets a dictionary hold strings and booleans.
    private struct AnyEncodable: Encodable {
        let value: any Encodable
        init(_ value: any Encodable & Sendable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    struct StateOptions: ParsableArguments {
        @Option(name: .customLong("database"), help: "The sandbox's SQLite file (default: $XDG_DATA_HOME/pcres/sandbox.sqlite).")
        var databasePath: String?

        var databaseURL: URL { databasePath.map { URL(fileURLWithPath: $0) } ?? AppPaths().sandboxDatabase }
    }

    /// `pcres sandbox serve`.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the sandbox over HTTP until interrupted.",
            discussion: """
                Speaks the Partner Center REST API under /v1 and Entra ID's token paths. Sign in with the \
                client-credentials grant, client ID pcres-sandbox and secret sandbox-secret. The Partner API \
                (price sheet), Microsoft Graph (billing exports) and blob storage (export files) each listen on \
                a port of their own and check their own token audience; all four origins are printed.

                Example:
                  pcres sandbox serve --port 8080
                  pcres sandbox serve --port 8080 --order-list-delay 0   # new orders listed at once (not as Partner Center)
                  curl -s -d 'grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret' \\
                       http://127.0.0.1:8080/sandbox/oauth2/token
                """)

        @Option(help: "The Partner Center TCP port; 0 picks a free one.") var port: Int = 8080
        @Option(help: "The Partner API (price sheet) port; 0 picks a free one.") var partnerApiPort: Int = 0
        @Option(help: "The Microsoft Graph (billing exports) port; 0 picks a free one.") var graphPort: Int = 0
        @Option(help: "The blob storage (export files) port; 0 picks a free one.") var blobPort: Int = 0
        @Option(help: "The address to listen on. Keep loopback unless the team must reach it.") var host: String = "127.0.0.1"
        @Option(help: "Customers to seed when the database is new (at least \(SandboxConfiguration.handPickedCustomerCount)).")
        var customers: Int = SandboxConfiguration.handPickedCustomerCount
        @Option(help: "Catalog size: copies of the region set per product (1 ≈ 7,700 SKUs per country, 14 > 100,000).")
        var scale: Int = 1
        @Option(help: "Seconds before a new order shows in the customer's order list (Partner Center: up to 900); 0 lists it at once.")
        var orderListDelay: Int = Int(SandboxBehavior.partnerCenterOrderListDelay)
        @OptionGroup var state: StateOptions
        @Option(help: "table (default): sentences; json: {\"url\", \"partnerApiUrl\", \"graphUrl\", \"blobUrl\", \"database\"} on one line.")
        var output: OutputFormat = .table

        func validate() throws {
            for (name, value) in [("--port", port), ("--partner-api-port", partnerApiPort), ("--graph-port", graphPort), ("--blob-port", blobPort)] {
                guard (0...65_535).contains(value) else { throw ValidationError("\(name) must be from 0 to 65535.") }
            }
            guard customers >= 1 else { throw ValidationError("--customers must be at least 1.") }
            guard (1...100).contains(scale) else { throw ValidationError("--scale must be from 1 to 100.") }
            guard (0...86_400).contains(orderListDelay) else { throw ValidationError("--order-list-delay must be from 0 to 86400 seconds.") }
        }

        func run() async throws {
            var logger = Logger(label: "pcres.sandbox")
            logger.logLevel = .notice
            var configuration = SandboxConfiguration(host: host, port: port, databaseURL: state.databaseURL, customerCount: customers)
            configuration.catalogScale = scale
            configuration.partnerAPIPort = partnerApiPort
            configuration.graphPort = graphPort
            configuration.blobPort = blobPort
            configuration.behavior.orderListDelay = TimeInterval(orderListDelay)
            let server = try await SandboxServer.start(configuration, logger: logger)
            if output == .json {
                try SandboxCommand.printJSON([
                    "url": server.baseURL.absoluteString, "partnerApiUrl": server.partnerAPIURL.absoluteString,
                    "graphUrl": server.graphURL.absoluteString, "blobUrl": server.blobURL.absoluteString, "database": state.databaseURL.path,
                ])
            } else {
                print("Partner Center sandbox listening on \(server.baseURL.absoluteString) (state: \(state.databaseURL.path))")
                print("  Partner API (price sheet):        \(server.partnerAPIURL.absoluteString)  PCRES_PARTNER_API_ENDPOINT")
                print("  Microsoft Graph (billing export): \(server.graphURL.absoluteString)  PCRES_GRAPH_ENDPOINT")
                print("  Blob storage (export files):      \(server.blobURL.absoluteString)")
                print("Press Ctrl-C to stop.")
                // Redirected to a file or a pipe, stdout is block-buffered: a reader would not see the URL until exit.
                fflush(nil)  // nil: every output stream (naming `stdout` is not concurrency-safe in Swift 6)
            }
            try await withTaskCancellationHandler {
                try await server.waitUntilStopped()
            } onCancel: {
                Task { await server.stop() }
            }
        }
    }

    /// `pcres sandbox reset`.
    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete the sandbox's state and seed it again.",
            discussion: "Examples:\n  pcres sandbox reset\n  pcres sandbox reset --database /tmp/training.sqlite --output json")

        @OptionGroup var state: StateOptions
        @Option(help: "table (default): a sentence; json: {\"database\", \"reset\": true}.")
        var output: OutputFormat = .table

        func run() async throws {
            let store = try SandboxStore(url: state.databaseURL)
            try store.reset()
            if output == .json {
                try SandboxCommand.printJSON(["database": state.databaseURL.path, "reset": true])
            } else {
                print("Sandbox reset: \(state.databaseURL.path)")
            }
        }
    }
}
