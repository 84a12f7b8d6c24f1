import Foundation

/// The `BenchSandbox` helper running as a child process: a sandbox whose heap is not the benchmark's, as a real
/// Partner Center's is not the client's.
final class SandboxProcess: @unchecked Sendable {
    let baseURL: URL
    let directory: URL
    private let process: Process
    private let input: Pipe

    private init(baseURL: URL, directory: URL, process: Process, input: Pipe) {
        self.baseURL = baseURL
        self.directory = directory
        self.process = process
        self.input = input
    }

    /// The helper is built next to the benchmark executable (`make bench` builds it first).
    static var executableURL: URL {
        let benchmark = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return benchmark.deletingLastPathComponent().appendingPathComponent("BenchSandbox")
    }

    /// Starts the helper and waits for the URL it prints once it listens.
    static func start(scale: Int, customers: Int) throws -> SandboxProcess {
        let helper = executableURL
        guard FileManager.default.isExecutableFile(atPath: helper.path) else {
            throw BenchError("\(helper.path) is missing: `make bench` builds it (swift build -c release --product BenchSandbox)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = helper
        process.arguments = ["\(scale)", "\(customers)", folder.appendingPathComponent("sandbox.sqlite").path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard let first = byte.first else {
                throw BenchError("BenchSandbox exited before listening (status \(process.isRunning ? -1 : process.terminationStatus))")
            }
            if first == 0x0A { break }
            line.append(first)
        }
        guard let url = URL(string: String(decoding: line, as: UTF8.self)), url.scheme == "http" else {
            throw BenchError("BenchSandbox printed no URL: \(String(decoding: line, as: UTF8.self))")
        }
        return SandboxProcess(baseURL: url, directory: folder, process: process, input: input)
    }

    /// The helper's resident set, from /proc.
    var residentMegabytes: Double {
        MemoryProbe.residentMegabytes(statusFile: "/proc/\(process.processIdentifier)/status")
    }

    /// Closing its standard input stops the helper; its files go with it.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }
}
