import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the `pcres` binary and measures it from outside, as the operating system sees it: peak resident memory
/// and CPU time from `wait4`'s rusage, and CPU ticks from `/proc/PID/stat` while it runs.
///
/// Foundation's `Process` reaps its child itself, so the rusage would be lost; this spawns with `posix_spawn`.
final class MeasuredProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        /// Peak resident set size (VmHWM) in MiB.
        var peakResidentMiB: Double
    }

    let pid: pid_t
    private let started = Date()
    private let outputFile: URL
    private let errorFile: URL

    /// Starts `pcres arguments…` with the CLI's clean environment plus `environment`.
    init(_ cli: CLIProcess, arguments: [String], environment: [String: String]) throws {
        outputFile = cli.home.appendingPathComponent("measured-\(UUID().uuidString.prefix(6)).out")
        errorFile = cli.home.appendingPathComponent("measured-\(UUID().uuidString.prefix(6)).err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let path = CLIProcess.binary.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = cli.variables(adding: environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let result = posix_spawn(&child, path, &actions, nil, argv, envp)
        guard result == 0 else { throw TmuxSession.Failure.commandFailed("posix_spawn \(path): \(result)") }
        pid = child
    }

    /// User plus system CPU ticks used so far (from /proc/PID/stat), and the ticks per second.
    func cpuTicks() -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    static var ticksPerSecond: Double { Double(sysconf(Int32(_SC_CLK_TCK))) }

    /// Waits for the process to end (killing it after `timeout` seconds) and returns what it did.
    func wait(timeout: TimeInterval) -> Outcome {
        let child = pid
        let watchdog = DispatchWorkItem { kill(child, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        watchdog.cancel()
        let exited = status & 0x7f == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            stdout: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            seconds: Date().timeIntervalSince(started),
            peakResidentMiB: Double(usage.ru_maxrss) / 1024)
    }
}
