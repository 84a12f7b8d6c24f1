import Foundation

/// Runs wrk against a loopback URL for a bounded time and reads its requests per second.
enum WrkRunner {
    /// Runs wrk on a thread of its own, so waiting for it never holds one of the few threads the in-process
    /// sandbox's handlers run on. Returns requests per second and wrk's summary line.
    static func measure(url: String, token: String, seconds: Int = 5) async throws -> (Double, String) {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try requestsPerSecond(url: url, token: token, seconds: seconds) })
            }
            thread.start()
        }
    }

    static func requestsPerSecond(url: String, token: String, seconds: Int = 5) throws -> (Double, String) {
        guard url.hasPrefix("http://127.0.0.1:") else { throw BenchError("wrk only targets 127.0.0.1: \(url)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        process.arguments = ["-t2", "-c16", "-d\(seconds)s", "-H", "Authorization: Bearer \(token)", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("Non-2xx") { throw BenchError("wrk saw errors for \(url): \(text)") }
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let line = lines.first(where: { $0.hasPrefix("Requests/sec:") }),
            let rate = Double(line.split(separator: " ").last ?? "")
        else { throw BenchError("no rate in wrk output: \(text)") }
        let summary = lines.first(where: { $0.contains("requests in") }) ?? ""
        return (rate, summary)
    }
}
