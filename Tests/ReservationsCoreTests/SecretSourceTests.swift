import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct SecretSourceTests {
    private func temporaryFile(_ text: String, mode: mode_t) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-secret-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        #expect(chmod(path, mode) == 0)
        return path
    }

    @Test("env: and file: are read; anything else is not a source")
    func parses() {
        #expect(SecretSource(text: "env:MY_SECRET") == .environment(variable: "MY_SECRET"))
        #expect(SecretSource(text: "file:/etc/x") == .file(path: "/etc/x"))
        #expect(SecretSource(text: "hunter2") == nil)
        #expect(SecretSource(text: "env:") == nil)
        #expect(SecretSource(text: "env:A-B") == nil)
    }

    @Test("a 0600 file gives its trimmed text")
    func privateFile() throws {
        let path = try temporaryFile("s3cret-value\n", mode: 0o600)
        defer { unlink(path) }
        #expect(try SecretSource.file(path: path).resolve(environment: [:], profileName: "p").revealedValue == "s3cret-value")
    }

    @Test("a file that group or other users can read is refused, naming chmod 600", arguments: [0o640, 0o604, 0o644, 0o660])
    func readableFileRefused(mode: Int) throws {
        let path = try temporaryFile("s3cret-value", mode: mode_t(mode))
        defer { unlink(path) }
        do {
            _ = try SecretSource.file(path: path).resolve(environment: [:], profileName: "p")
            Issue.record("mode \(String(mode, radix: 8)) was accepted")
        } catch let error as ProfileError {
            #expect(error.message.contains("chmod 600"))
            #expect(!error.message.contains("s3cret-value"))
        }
    }

    @Test("an unset variable is an error that names it")
    func unsetVariable() {
        #expect(throws: ProfileError.self) { try SecretSource.environment(variable: "NOPE").resolve(environment: [:], profileName: "p") }
        #expect(try! SecretSource.environment(variable: "S").resolve(environment: ["S": "v"], profileName: "p").revealedValue == "v")
    }
}
