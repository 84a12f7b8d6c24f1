import Foundation

/// Runs the built `pcres` binary inside a detached tmux session, types into it and reads the screen,
/// as a person at a terminal would.
final class TmuxSession {
    enum Failure: Error, CustomStringConvertible {
        case missingTool(String)
        case timedOut(waitingFor: String, screen: String)
        case commandFailed(String)

        var description: String {
            switch self {
            case .missingTool(let tool): "\(tool) is not available; `make test` installs it"
            case .timedOut(let text, let screen): "timed out waiting for \"\(text)\"; the screen was:\n\(screen)"
            case .commandFailed(let message): message
            }
        }
    }

    let name: String
    let home: URL

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `$PCRES_BINARY` when set (a build with its own `--scratch-path`), else the debug binary `make test` builds.
    static var binary: URL { CLIProcess.binary }

    /// Starts `pcres` (plus `arguments`) at `width`x`height` with its own XDG folders. After it exits the
    /// pane prints the terminal's `stty` settings and `EXIT=<status>`, so tests can check it was restored.
    init(width: Int = 100, height: Int = 30, arguments: String = "", environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw Failure.commandFailed("\(Self.binary.path) is missing: run `swift build` (make test does) first")
        }
        name = "pcres-e2e-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var variables = [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        // The terminal settings are printed before EXIT=, so waiting for EXIT= means both are on screen.
        // The tmux server hands its own environment to the pane; a NO_COLOR inherited from the test runner must not
        // change what the interface draws unless a test asks for it.
        let unset = variables["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        let command = "env \(unset)\(assignments) '\(Self.binary.path)' \(arguments); code=$?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; echo EXIT=$code; sleep 60"
        try Self.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
    }

    deinit {
        _ = try? Self.tmux(["kill-session", "-t", name])
        try? FileManager.default.removeItem(at: home)
    }

    /// The screen as plain text.
    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }

    /// Presses tmux key names (`Down`, `Enter`, `Escape`, `C-c`).
    func press(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    /// Sends raw bytes, as a terminal would (e.g. `ESC [ C` from one that ignores keypad-transmit mode).
    func sendBytes(_ bytes: [UInt8]) throws {
        try Self.tmux(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Types literal text.
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    /// Resizes the window, as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The process ID of pcres inside the pane.
    func programPID() throws -> Int32 {
        let shell = try Self.tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let output = try Self.run("/usr/bin/pgrep", ["-P", shell])
        guard let pid = output.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw Failure.commandFailed("no pcres process under the pane's shell \(shell)")
        }
        return pid
    }

    /// Waits until the screen contains `text` (or satisfies `predicate`), up to `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitUntil(description: text, timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(description: String, timeout: TimeInterval = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) {
                // A capture can land while curses is still writing a frame (top rows new, the rest old), and such
                // a torn screen can satisfy the predicate. Look again a moment later and return the settled frame.
                Thread.sleep(forTimeInterval: 0.06)
                let settled = try screen()
                if predicate(settled) { return settled }
                last = settled
                continue
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure.timedOut(waitingFor: description, screen: last)
    }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        guard let path = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile) else {
            throw Failure.missingTool("tmux")
        }
        return try run(path, arguments)
    }

    /// Runs a command to completion and returns what it printed (stdout and stderr).
    ///
    /// Not Foundation's `Process`: it learns that a child ended from a socket the child inherits, and when
    /// `tmux new-session` starts the tmux server, the server keeps that socket open, so `waitUntilExit` never
    /// returns (the hang seen on a fresh machine, where no server runs yet). `posix_spawn` + `waitpid` waits
    /// for the child alone, and the output goes to a file so no pipe can be held open either.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure.commandFailed("\(executable) could not start: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        // WIFEXITED/WEXITSTATUS are macros Swift does not import: the low 7 bits are the signal, 0 for a normal exit.
        let exitedNormally = status & 0x7f == 0
        let exitCode = (status >> 8) & 0xff
        guard exitedNormally, exitCode == 0 else {
            throw Failure.commandFailed("\(executable) \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }
}
