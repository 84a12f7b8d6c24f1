#if canImport(Glibc)
import Glibc
#endif

/// Caps glibc's malloc arenas for the interface process.
///
/// glibc gives threads arenas of their own (up to eight per core); a catalog load decodes SKU pages on several
/// threads of the task pool at once, and the freed pages then stay spread over those arenas. Measured with
/// 107,378 SKUs loaded (docs/benchmarks.md): 269 MB resident with glibc's default, 176–214 MB with this call
/// at start (arenas made before it stay), 161 MB with `MALLOC_ARENA_MAX=2` set before the process starts.
/// Allocation-heavy work here is a few requests at a time, so the lock contention two arenas cost is not felt.
public enum MallocArenas {
    /// Limits the arenas created from now on to `count` (no effect off glibc, or where `mallopt` is missing).
    public static func limit(to count: Int32 = 2) {
        #if canImport(Glibc)
        // `mallopt` and `M_ARENA_MAX` are in <malloc.h>, which the Glibc module does not export.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let arenaMaximum: Int32 = -8  // M_ARENA_MAX
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(arenaMaximum, count)
        #endif
    }
}
