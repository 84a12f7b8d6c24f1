import Foundation

/// Appends one line per figure to the file named by `PCRES_BENCH_SUMMARY` (tab-separated: key, value, unit,
/// note), which `make bench` turns into docs/benchmarks.md. Each benchmark runs in its own process, so lines
/// are appended, never rewritten.
enum SummaryFile {
    static var path: String {
        ProcessInfo.processInfo.environment["PCRES_BENCH_SUMMARY"] ?? "/tmp/pcres-bench-summary.tsv"
    }

    static func record(_ key: String, _ value: Double, unit: String, note: String = "") {
        let line = "\(key)\t\(String(format: "%.3f", value))\t\(unit)\t\(note)\n"
        print("pcres-bench: \(line)", terminator: "")
        guard let data = line.data(using: .utf8) else { return }
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(data)
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: data)
        }
    }

    /// p50, p99 and max of latency samples, in milliseconds.
    static func record(_ key: String, latencies samples: Samples, note: String = "") {
        record("\(key).p50", samples.percentile(50), unit: "ms", note: note)
        record("\(key).p99", samples.percentile(99), unit: "ms", note: "\(samples.count) samples")
        record("\(key).max", samples.maximum, unit: "ms")
    }
}
