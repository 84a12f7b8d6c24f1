import Foundation
import Testing

/// A whole session with a client secret in the environment (CLI commands, a failing one, and the interface in
/// tmux), then every log file, every output and the screen are searched: neither the secret nor any bearer
/// token the sandbox issued may appear.
@Suite(.serialized)
struct SecretLeakTests {
    static let secret = "sandbox-secret"

    /// Tokens the sandbox issues start with `sbx.` (access, refresh) or `sbxd.` (device codes).
    private func leaks(in text: String) -> [String] {
        var found: [String] = []
        if text.contains(Self.secret) { found.append("the client secret") }
        if let token = text.firstMatch(of: /sbxd?\.[0-9A-Za-z_\-]{8,}/) { found.append("a token \(token.0.prefix(12))…") }
        if let bearer = text.firstMatch(of: /(?i)bearer\s+(?!\[redacted\])[A-Za-z0-9._~+\/-]{8,}/) {
            found.append("a bearer header \(bearer.0.prefix(16))…")
        }
        return found
    }

    @Test("CLI and interface with PCRES_CLIENT_SECRET set: no secret or token in logs, outputs or the screen")
    func noSecretAnywhere() throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        let environment = [
            "PCRES_ENDPOINT": url.absoluteString, "PCRES_CLIENT_ID": "pcres-sandbox", "PCRES_CLIENT_SECRET": Self.secret,
            "PCRES_LOG_LEVEL": "trace",
        ]
        var outputs: [String] = []
        let customers = try cli.run(["customers", "list", "--output", "json"], environment: environment)
        #expect(customers.status == 0, "\(customers.stderr)")
        let customer = try #require(((try customers.json() as? [[String: Any]])?.first?["id"]) as? String)
        outputs += [customers.stdout, customers.stderr]
        for arguments in [
            ["customers", "show", customer], ["subscriptions", "list", customer, "--output", "csv"],
            ["orders", "list", customer], ["invoices", "balance", "--output", "json"],
            ["customers", "show", "00000000-0000-0000-0000-00000000dead", "--output", "json"],  // a 404, with its error body
        ] {
            let result = try cli.run(arguments, environment: environment)
            outputs += [result.stdout, result.stderr]
        }
        // A wrong secret: the sign-in error must not echo what was sent.
        let wrong = try cli.run(["customers", "list"], environment: environment.merging(["PCRES_CLIENT_SECRET": "wrong-secret-value"]) { $1 })
        #expect(wrong.status == 6)
        #expect(!wrong.stderr.contains("wrong-secret-value"))
        outputs += [wrong.stdout, wrong.stderr]

        let session = try TmuxSession(width: 100, height: 30, environment: environment.merging(["XDG_STATE_HOME": cli.home.appendingPathComponent("state").path]) { $1 })
        var screens = [try session.waitFor("customers loaded", timeout: 30)]
        try session.press("Enter")
        screens.append(try session.waitFor("Subscriptions ·", timeout: 20))
        try session.press("q")
        screens.append(try session.waitFor("EXIT=0"))

        let logFolder = cli.home.appendingPathComponent("state/pcres")
        let logs = try FileManager.default.contentsOfDirectory(at: logFolder, includingPropertiesForKeys: nil)
        #expect(!logs.isEmpty)
        var logText = ""
        for file in logs { logText += try String(contentsOf: file, encoding: .utf8) }
        #expect(logText.contains("session on endpoint"), "the log was written (trace level)")
        #expect(logText.split(separator: "\n").count > 10)

        #expect(leaks(in: logText).isEmpty, "log: \(leaks(in: logText))")
        for (index, output) in outputs.enumerated() { #expect(leaks(in: output).isEmpty, "output \(index): \(leaks(in: output))") }
        for screen in screens { #expect(leaks(in: screen).isEmpty, "screen: \(leaks(in: screen))") }
        #expect(leaks(in: server.stdout + server.stderr).isEmpty)
        // The check itself can fail: it finds a token where there is one.
        #expect(!leaks(in: "Authorization: Bearer sbx.0123456789abcdef").isEmpty)
    }
}
