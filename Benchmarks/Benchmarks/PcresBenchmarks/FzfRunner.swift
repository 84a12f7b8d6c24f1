import Foundation

/// Runs `fzf --filter QUERY --exact` over a file of lines, as a user would from a shell.
enum FzfRunner {
    /// Milliseconds from spawning fzf to its exit.
    static func filter(_ query: String, file: URL) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fzf")
        process.arguments = ["--filter", query, "--exact"]
        process.standardInput = try FileHandle(forReadingFrom: file)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        return Samples.milliseconds(since: start)
    }
}
