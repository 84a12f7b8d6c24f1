import Foundation
import PartnerCenterSandbox

// A sandbox in a process of its own, for the benchmarks that must measure the client alone (a real Partner Center
// is remote: its catalog and encoded responses are never in the client's heap).
//
// Usage: BenchSandbox SCALE CUSTOMERS DATABASE
// Prints the base URL on one line once it listens, then serves until its standard input closes (the benchmark
// closes it, or dies), so it never outlives the process that started it.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let scale = Int(arguments[arguments.startIndex]),
    let customers = Int(arguments[arguments.startIndex + 1])
else {
    FileHandle.standardError.write(Data("usage: BenchSandbox SCALE CUSTOMERS DATABASE\n".utf8))
    exit(64)
}
var configuration = SandboxConfiguration(
    databaseURL: URL(fileURLWithPath: arguments[arguments.startIndex + 2]), customerCount: customers)
configuration.catalogScale = scale
let server = try await SandboxServer.start(configuration)
FileHandle.standardOutput.write(Data("\(server.baseURL.absoluteString)\n".utf8))
// Reading stdin blocks a thread; the server's event loops run on their own.
_ = FileHandle.standardInput.readDataToEndOfFile()
await server.stop()
