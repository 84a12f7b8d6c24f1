import Foundation

/// Runs the built `pcres` binary as a subprocess with its own XDG folders and stdin from /dev/null.
///
/// The binary is `$PCRES_BINARY` when set, else `.build/debug/pcres` under the package root.
final class CLIProcess {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data

        /// stdout parsed as JSON.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: stdoutData) }
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PCRES_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return TmuxSession.packageRoot.appendingPathComponent(".build/debug/pcres")
    }

    let home: URL
    /// Added to every run's environment (e.g. `PCRES_SANDBOX_ORDER_LIST_DELAY`).
    var defaults: [String: String] = [:]

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw TmuxSession.Failure.commandFailed("\(Self.binary.path) is missing: run `swift build` (make test does) first")
        }
        home = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-cli-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    /// A clean environment (PATH, LANG, HOME and XDG folders under `home`) plus `environment`.
    func variables(adding environment: [String: String]) -> [String: String] {
        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ]
        variables.merge(defaults) { $1 }
        variables.merge(environment) { $1 }
        return variables
    }

    /// Runs `pcres arguments…`; `environment` is added to a clean one (PATH, LANG, XDG folders, COLUMNS unset).
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = variables(adding: environment)
        process.currentDirectoryURL = home
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        // A hung command fails its test instead of hanging the run: it is killed after `timeout` seconds.
        let watchdog = DispatchWorkItem { if process.isRunning { process.interrupt(); kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes concurrently so a large output cannot fill one and block the child.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.01) }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData.value, as: UTF8.self), stdoutData: outData)
    }

    /// Data filled in by another thread.
    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        var isSet: Bool { lock.withLock { data != nil } }
        var value: Data { lock.withLock { data ?? Data() } }
    }
}

/// Helpers for reading CLI output in tests.
enum CLIText {
    /// Terminal columns of `text`: East Asian wide characters count 2, combining marks 0.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .format { return total }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }

    /// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
