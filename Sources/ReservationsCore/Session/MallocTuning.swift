#if canImport(Glibc)
import Glibc
#endif

/// Tunes glibc's malloc for the interface process, so a loaded catalog's resident set stays near what it uses.
///
/// Two settings and a trim after each catalog load, measured with 107,378 SKUs loaded (docs/benchmarks.md):
/// - Arenas: glibc gives threads arenas of their own (up to eight per core); a catalog load decodes SKU pages on
///   several threads of the task pool at once, and the freed pages then stay spread over those arenas. Two are
///   enough: allocation-heavy work here is a few requests at a time. (269 MB resident with glibc's default,
///   176–214 MB with the cap, when the benchmark's process also ran the sandbox.)
/// - The mmap threshold, fixed at 256 KiB: by default glibc raises it (up to 32 MB) each time a large block is
///   freed, after which the large arrays a load grows (rows, string tables, response bodies) come from the heap
///   and leave holes there that small live blocks keep from being returned. 109 MB resident without, 85 MB with.
/// - ``releaseFreePages()`` once a load has finished: glibc gives back only the top of the heap by itself, and a
///   load's decoded pages are freed everywhere below the index it built. 118 MB resident before, 80 MB after.
public enum MallocTuning {
    /// Applies both settings for allocations from now on (no effect off glibc, or where `mallopt` is missing).
    public static func apply(arenas: Int32 = 2, mmapThreshold: Int32 = 256 * 1024) {
        #if canImport(Glibc)
        // `mallopt` and its parameters are in <malloc.h>, which the Glibc module does not export.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let arenaMaximum: Int32 = -8  // M_ARENA_MAX
        let mmapThresholdParameter: Int32 = -3  // M_MMAP_THRESHOLD
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(arenaMaximum, arenas)
        _ = mallopt(mmapThresholdParameter, mmapThreshold)
        #endif
    }

    /// Returns the heap's free pages to the system (`malloc_trim(0)`): a few milliseconds over a 100 MB heap, so
    /// it is run off the interface's loop.
    public static func releaseFreePages() {
        #if canImport(Glibc)
        // `malloc_trim` is in <malloc.h> too.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
