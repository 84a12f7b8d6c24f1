import Foundation
import Logging
import ReservationsCore
import Testing

struct LoggingTests {
    @Test("redaction removes bearer tokens, JWTs, sandbox tokens and secret pairs, and keeps the rest")
    func redaction() {
        let line = "Authorization: Bearer abc.def-123 client_secret=s3cr3t&scope=x token sbx.0123456789abcdef0123 jwt eyJhbGciOi.eyJzdWIi.sig_x plain"
        let redacted = LogRedaction.redact(line)
        for secret in ["abc.def-123", "s3cr3t", "sbx.0123456789abcdef0123", "eyJhbGciOi.eyJzdWIi.sig_x"] {
            #expect(!redacted.contains(secret), "\(secret) leaked")
        }
        #expect(redacted.contains("client_secret=[redacted]"))
        #expect(redacted.contains("scope=x"))
        #expect(redacted.hasSuffix("plain"))
    }

    @Test("the file log handler appends redacted lines to a 0600 file")
    func fileHandler() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("state/pcres.log")
        let sink = try FileLogHandler.Sink(url: url)
        let logger = Logger(label: "pcres.test") { FileLogHandler(label: $0, sink: sink) }
        logger.info("GET /v1/customers -> 200", metadata: ["requestId": "r-1", "auth": "Bearer sekret-token"])
        logger.debug("not at info level")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("info pcres.test: GET /v1/customers -> 200"))
        #expect(text.contains("requestId=r-1"))
        #expect(!text.contains("sekret-token"))
        #expect(!text.contains("not at info level"))
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test("app paths follow XDG variables and fall back to the home folder")
    func appPaths() {
        let explicit = AppPaths(environment: ["HOME": "/home/op", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s", "XDG_CONFIG_HOME": "/c"])
        #expect(explicit.sandboxDatabase.path == "/d/pcres/sandbox.sqlite")
        #expect(explicit.logFile.path == "/s/pcres/pcres.log")
        #expect(explicit.config.path == "/c/pcres")
        let fallback = AppPaths(environment: ["HOME": "/home/op", "XDG_DATA_HOME": "relative/ignored"])
        #expect(fallback.sandboxDatabase.path == "/home/op/.local/share/pcres/sandbox.sqlite")
        #expect(fallback.logFile.path == "/home/op/.local/state/pcres/pcres.log")
    }
}
