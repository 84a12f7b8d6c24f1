import Foundation

/// Runs wrk against a loopback URL for a bounded time and reads its requests per second.
enum WrkRunner {
    static func requestsPerSecond(url: String, token: String, seconds: Int = 5) throws -> Double {
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
        print(text)
        if text.contains("Non-2xx") { throw BenchError("wrk saw errors for \(url):\n\(text)") }
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Requests/sec:") }),
            let rate = Double(line.split(separator: " ").last ?? "")
        else { throw BenchError("no rate in wrk output:\n\(text)") }
        return rate
    }
}
