import Foundation
import ReservationsTUI
import TerminalUI

/// Resident sets, from /proc.
enum MemoryProbe {
    /// `VmRSS` (now) or, with `field: "VmHWM:"`, the highest it has been.
    static func residentMegabytes(statusFile: String = "/proc/self/status", field: String = "VmRSS:") -> Double {
        guard let status = try? String(contentsOfFile: statusFile, encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) })
        else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kilobytes / 1024
    }

    /// What the memory benchmark reads.
    struct Reading {
        var state: AppState
        /// This process's resident set with the catalog in the state.
        var client: Double
        /// The highest this process's resident set was, during the load (response bodies, decoded pages).
        var clientPeak: Double
        /// The sandbox process's, while it still served.
        var sandbox: Double
    }

    /// The app state with the 100,000-SKU catalog loaded from a sandbox in a child process (as a real Partner
    /// Center is elsewhere), which is stopped before returning. The load's effects are run as the interface runs
    /// them (storing it in the cache is not: this loader has none), so the memory it frees is given back as there.
    static func loadCatalog() async throws -> Reading {
        let world = try BenchWorld.startChild()
        guard case .child(let sandbox) = world.host else { throw BenchError("the sandbox is not a child process") }
        let state = try await world.catalogState(size: Size(width: 120, height: 40))
        let sandboxMegabytes = sandbox.residentMegabytes
        await world.stop()
        return Reading(
            state: state, client: residentMegabytes(), clientPeak: residentMegabytes(field: "VmHWM:"), sandbox: sandboxMegabytes)
    }
}
