import Foundation
import Testing

/// pcres's files under `umask 000`, as a careless shell profile on a shared jump host would leave it: folders
/// 0700, files 0600. In its own process, since a umask is per process and unit tests run in parallel.
@Suite(.serialized)
struct FileModesEndToEndTests {
    /// Runs `pcres arguments…` through `/bin/sh` after `umask 000`, with `cli`'s folders.
    static func runUnderUmask000(_ cli: CLIProcess, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"umask 000; exec "$0" "$@""#, CLIProcess.binary.path] + arguments
        process.environment = cli.variables(adding: [:])
        process.currentDirectoryURL = cli.home
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    @Test("under umask 000: the data and state folders are 0700; the sandbox, log, journal, audit log and its head 0600")
    func modesUnderUmask000() throws {
        let cli = try CLIProcess()
        #expect(try Self.runUnderUmask000(cli, ["customers", "list"]) == 0)
        let target = try CLIPurchaseTests.target(cli)
        let buy = CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "modes-1"])
        #expect(try Self.runUnderUmask000(cli, buy) == 0)
        let data = cli.home.appendingPathComponent("data/pcres")
        let state = cli.home.appendingPathComponent("state/pcres")
        #expect(try Self.mode(data) == 0o700)
        #expect(try Self.mode(state) == 0o700)
        for file in [
            data.appendingPathComponent("sandbox.sqlite"), data.appendingPathComponent("checkout-journal.sqlite"),
            data.appendingPathComponent("audit.jsonl"), data.appendingPathComponent("audit.jsonl.head"),
            state.appendingPathComponent("pcres.log"),
        ] {
            #expect(try Self.mode(file) == 0o600, "\(file.lastPathComponent)")
        }
        for side in ["sandbox.sqlite-wal", "sandbox.sqlite-shm"] {
            let file = data.appendingPathComponent(side)
            if FileManager.default.fileExists(atPath: file.path) { #expect(try Self.mode(file) == 0o600, "\(side)") }
        }
        // A data folder others can write is refused with the reason, and nothing is bought.
        chmod(data.path, 0o777)
        let refused = try cli.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "modes-2", "--allow-duplicate"]))
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("can be changed by other accounts (mode 777)"), "\(refused.stderr)")
    }
}
