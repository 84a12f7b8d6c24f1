import Foundation
import ReservationsTUI
import TerminalUI

#if canImport(Glibc)
    import Glibc
#endif

/// The process's resident set, from /proc/self/status.
enum MemoryProbe {
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }

    /// The app state with the 100,000-SKU catalog loaded from a sandbox that is stopped and released before
    /// returning, and the resident set while it still ran.
    static func loadCatalog() async throws -> (AppState, Double) {
        let world = try await BenchWorld.start()
        let state = try await world.catalogState(size: Size(width: 120, height: 40))
        let withSandbox = residentMegabytes()
        await world.stop()
        world.removeFiles()
        return (state, withSandbox)
    }

    /// Gives freed heap pages back to the system, so the resident set shows what is still in use.
    static func trim() {
        // glibc's malloc_trim is not in the Glibc module map; look it up at run time.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
