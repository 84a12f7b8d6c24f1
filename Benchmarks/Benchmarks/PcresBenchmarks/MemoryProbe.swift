import Foundation

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

    /// Gives freed heap pages back to the system, so the resident set shows what is still in use.
    static func trim() {
        #if canImport(Glibc)
            malloc_trim(0)
        #endif
    }
}
