import Foundation

/// `pcres` running in the background (a served sandbox, a login waiting for approval), its output going to
/// files that tests read while it runs. Ended with `stop()` (SIGINT, then SIGKILL) or when released.
final class BackgroundCLI {
    let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL

    init(_ cli: CLIProcess, _ arguments: [String], environment: [String: String] = [:]) throws {
        let id = UUID().uuidString.prefix(8)
        stdoutURL = cli.home.appendingPathComponent("bg-\(id).out")
        stderrURL = cli.home.appendingPathComponent("bg-\(id).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = CLIProcess.binary
        process.arguments = arguments
        process.environment = cli.variables(adding: environment)
        process.currentDirectoryURL = cli.home
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    deinit { stop() }

    var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Waits until `predicate` holds for (stdout, stderr), up to `timeout` seconds; returns the last pair.
    @discardableResult
    func waitUntil(_ description: String, timeout: TimeInterval = 30, _ predicate: (String, String) -> Bool) throws -> (String, String) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let output = (stdout, stderr)
            if predicate(output.0, output.1) { return output }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxSession.Failure.commandFailed("timed out waiting for \(description); stdout: \(stdout) stderr: \(stderr)")
    }

    /// Waits for the process to end by itself, up to `timeout` seconds, and returns its status.
    func waitForExit(timeout: TimeInterval = 60) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard !process.isRunning else {
            throw TmuxSession.Failure.commandFailed("still running after \(timeout)s; stderr: \(stderr)")
        }
        return process.terminationStatus
    }

    /// Interrupts the process (as Ctrl-C would) and kills it if it has not ended a few seconds later.
    func stop() {
        guard process.isRunning else { return }
        process.interrupt()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// `pcres sandbox serve --port 0 --output json` in the background; returns it and its URL once listening.
    static func servedSandbox(_ cli: CLIProcess) throws -> (BackgroundCLI, URL) {
        let (server, origins) = try servedSandboxOrigins(cli)
        return (server, origins.url)
    }

    /// The origins a served sandbox prints: Partner Center, Partner API, Microsoft Graph, blob storage.
    struct SandboxOrigins {
        var url: URL
        var partnerAPI: URL
        var graph: URL

        /// What points a run without a profile at this sandbox (the built-in profile with its overrides).
        var environment: [String: String] {
            [
                "PCRES_ENDPOINT": url.absoluteString, "PCRES_PARTNER_API_ENDPOINT": partnerAPI.absoluteString,
                "PCRES_GRAPH_ENDPOINT": graph.absoluteString, "PCRES_CLIENT_ID": "pcres-sandbox", "PCRES_CLIENT_SECRET": "sandbox-secret",
            ]
        }
    }

    /// `pcres sandbox serve --port 0 --output json` (plus `arguments`) in the background, and its origins once listening.
    static func servedSandboxOrigins(_ cli: CLIProcess, arguments: [String] = []) throws -> (BackgroundCLI, SandboxOrigins) {
        let server = try BackgroundCLI(cli, ["sandbox", "serve", "--port", "0", "--output", "json"] + arguments)
        let (out, _) = try server.waitUntil("the sandbox's JSON line", timeout: 60) { out, _ in out.contains("\n") }
        let line = out.split(separator: "\n").first ?? ""
        let document = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        func url(_ key: String) throws -> URL {
            guard let text = document?[key] as? String, let url = URL(string: text) else {
                throw TmuxSession.Failure.commandFailed("no \(key) in \(line)")
            }
            return url
        }
        return (server, SandboxOrigins(url: try url("url"), partnerAPI: try url("partnerApiUrl"), graph: try url("graphUrl")))
    }
}
