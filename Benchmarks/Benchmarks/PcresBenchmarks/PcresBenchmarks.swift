import Benchmark
import Foundation
import PartnerCenter
import PartnerCenterSandbox
import ReservationsCore
import ReservationsTUI
import TerminalUI
import ScreenKit

#if canImport(Glibc)
    import Glibc
#endif

// The suite of issue #9. Each benchmark runs in its own process (the benchmark tool spawns one per benchmark), so
// every set-up below builds only what its benchmark needs. Figures also go to `PCRES_BENCH_SUMMARY` (see SummaryFile)
// for docs/benchmarks.md; the tool's own table shows the full percentile spread.

/// The benchmark's fixtures, created in set-up and used by the measured closure (one benchmark per process).
final class Fixture: @unchecked Sendable {
    nonisolated(unsafe) static var current = Fixture()
    var world: BenchWorld?
    var pipeline: FramePipeline?
    var keys: [KeyChord] = []
    var queries: [String] = []
    var step = 0
    var samples = Samples()
    var linesFile: URL?
    var subscription: (Customer, Subscription)?
    var readTimes = Samples()
    var decodeTimes = Samples()
    var encodedBytes = 0
}

/// Typing `text` then deleting it again: each prefix is searched twice (growing, then shrinking from the full
/// query, which searches all rows again).
func typingScript(_ text: String) -> (keys: [KeyChord], queries: [String]) {
    var keys: [KeyChord] = text.map { .char($0) }
    keys += Array(repeating: .backspace, count: text.count)
    var queries: [String] = []
    var current = ""
    for key in keys {
        if case .char(let character) = key { current.append(character) } else { current.removeLast() }
        queries.append(current)
    }
    return (keys, queries)
}

let catalogQuery = "d2s eastus 3y"
let customerQuery = "summit labs"

let benchmarks: @Sendable () -> Void = {
    // As `pcres` does when its interface starts, and as early: arenas already created are not given back.
    MallocTuning.apply()
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .milliseconds, warmupIterations: 0,
        maxDuration: .seconds(30), maxIterations: 100)

    // MARK: Catalog filter, keystroke to frame, 100,000 SKUs

    Benchmark(
        "Catalog filter: keystroke to frame (100k SKUs)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .milliseconds, warmupIterations: 26,
            maxDuration: .seconds(60), maxIterations: 520),
        closure: { _ in
            let fixture = Fixture.current
            guard let pipeline = fixture.pipeline else { return }
            let key = fixture.keys[fixture.step % fixture.keys.count]
            fixture.step += 1
            let start = ContinuousClock.now
            pipeline.press(key)
            fixture.samples.add(Samples.milliseconds(since: start))
        },
        setup: {
            let world = try await BenchWorld.start()
            let fixture = Fixture.current
            var state = try await world.catalogState(size: Size(width: 120, height: 40))
            await world.stop()
            guard let catalog = state.catalog else { throw BenchError("no catalog") }
            SummaryFile.record("catalog.skus", Double(catalog.index.count), unit: "SKUs")
            _ = AppReducer.reduce(&state, .keyPressed(.char("/")))
            fixture.pipeline = try FramePipeline(state: state)
            (fixture.keys, fixture.queries) = typingScript(catalogQuery)
            // The same lines for fzf: each row's search text, in the catalog's order.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-bench-lines-\(UUID().uuidString).txt")
            var text = ""
            text.reserveCapacity(catalog.index.count * 160)
            for row in catalog.order {
                text += catalog.index.searchText(ofRow: row)
                text += "\n"
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
            fixture.linesFile = url
            world.removeFiles()
        },
        teardown: {
            let fixture = Fixture.current
            // Warm-up keystrokes are in `samples` too; keep only the measured ones (the last full cycles).
            let measured = Samples(dropping: 26, of: fixture.samples)
            SummaryFile.record("catalog.keystroke", latencies: measured, note: "query \"\(catalogQuery)\" typed and deleted")
            fixture.pipeline?.recordStages("catalog.keystroke", dropping: 26)
            fixture.pipeline?.close()
            if let url = fixture.linesFile {
                var fzf = Samples()
                for _ in 0..<2 {
                    for query in fixture.queries { fzf.add(try FzfRunner.filter(query, file: url)) }
                }
                SummaryFile.record("fzf.filter", latencies: fzf, note: "fzf --filter --exact, same queries and lines")
                try? FileManager.default.removeItem(at: url)
            }
        }
    )

    // MARK: Customers filter, keystroke to frame, 10,000 customers

    Benchmark(
        "Customers filter: keystroke to frame (10k customers)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .milliseconds, warmupIterations: 22,
            maxDuration: .seconds(60), maxIterations: 440),
        closure: { _ in
            let fixture = Fixture.current
            guard let pipeline = fixture.pipeline else { return }
            let key = fixture.keys[fixture.step % fixture.keys.count]
            fixture.step += 1
            let start = ContinuousClock.now
            pipeline.press(key)
            fixture.samples.add(Samples.milliseconds(since: start))
        },
        setup: {
            let world = try await BenchWorld.start(scale: 1, customers: BenchWorld.customerCount)
            var state = try await world.customersState(size: Size(width: 120, height: 40))
            await world.stop()
            world.removeFiles()
            SummaryFile.record("customers.count", Double(state.customers.rows.count), unit: "customers")
            _ = AppReducer.reduce(&state, .keyPressed(.char("/")))
            let fixture = Fixture.current
            fixture.pipeline = try FramePipeline(state: state)
            (fixture.keys, fixture.queries) = typingScript(customerQuery)
        },
        teardown: {
            let fixture = Fixture.current
            SummaryFile.record(
                "customers.keystroke", latencies: Samples(dropping: 22, of: fixture.samples),
                note: "query \"\(customerQuery)\" typed and deleted")
            fixture.pipeline?.recordStages("customers.keystroke", dropping: 22)
            fixture.pipeline?.close()
        }
    )

    // MARK: Bytes written for one cursor move in a 50-row list

    Benchmark(
        "Cursor move: bytes written (50-row list)",
        configuration: .init(
            metrics: [.wallClock, .custom("bytes", polarity: .prefersSmaller, useScalingFactor: false)],
            timeUnits: .microseconds, warmupIterations: 0, maxDuration: .seconds(30), maxIterations: 40),
        closure: { benchmark in
            let fixture = Fixture.current
            guard let pipeline = fixture.pipeline else { return }
            // Down within the page, then back up: never scrolls, so each move is one row off, one row on.
            let key: KeyChord = (fixture.step / 20) % 2 == 0 ? .down : .up
            fixture.step += 1
            let before = pipeline.bytesWritten
            pipeline.press(key)
            let bytes = pipeline.bytesWritten - before
            fixture.samples.add(Double(bytes))
            benchmark.measurement(.custom("bytes", polarity: .prefersSmaller, useScalingFactor: false), bytes)
        },
        setup: {
            let world = try await BenchWorld.start(scale: 1)
            // The height where the catalog table shows 50 rows.
            var height = 50
            while height < 80 {
                var probe = AppState(environment: AppEnvironment(), size: Size(width: 120, height: height))
                probe.focus = .catalog
                if probe.visibleListRows >= 50 { break }
                height += 1
            }
            var state = try await world.catalogState(size: Size(width: 120, height: height))
            await world.stop()
            world.removeFiles()
            SummaryFile.record("cursor.listRows", Double(state.visibleListRows), unit: "rows", note: "terminal 120x\(height), xterm-256color")
            _ = AppReducer.reduce(&state, .keyPressed(.down))  // start on the second row, in the middle of the page
            let fixture = Fixture.current
            fixture.pipeline = try FramePipeline(state: state)
            let before = fixture.pipeline?.bytesWritten ?? 0
            SummaryFile.record("cursor.firstFrameBytes", Double(before), unit: "bytes", note: "full paint")
        },
        teardown: {
            let fixture = Fixture.current
            SummaryFile.record("cursor.moveBytes.p50", fixture.samples.percentile(50), unit: "bytes")
            SummaryFile.record("cursor.moveBytes.max", fixture.samples.maximum, unit: "bytes", note: "\(fixture.samples.count) moves")
            fixture.pipeline?.close()
        }
    )

    // MARK: Start to first frame on the sandbox

    Benchmark(
        "Start to first frame (sandbox)",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60),
            maxIterations: 20),
        closure: { benchmark in
            let fixture = Fixture.current
            guard let folder = fixture.linesFile else { return }
            let result = try? await StartupProbe.run(databaseFolder: folder)
            benchmark.stopMeasurement()
            guard let result else { return }
            fixture.samples.add(result.firstFrame)
            fixture.queries.append(String(result.customersFrame))
        },
        setup: {
            // A sandbox database as `pcres` leaves it: seeded, with a year of history.
            let world = try await BenchWorld.start(scale: 1, seedsHistory: true)
            await world.stop()
            Fixture.current.linesFile = world.directory
        },
        teardown: {
            let fixture = Fixture.current
            let measured = Samples(dropping: 1, of: fixture.samples)
            SummaryFile.record("startup.firstFrame", latencies: measured, note: "sandbox start, sign-in-free first frame")
            var customers = Samples()
            for value in fixture.queries.dropFirst().compactMap(Double.init) { customers.add(value) }
            SummaryFile.record("startup.customersFrame", latencies: customers, note: "first frame listing customers")
            if let folder = fixture.linesFile { try? FileManager.default.removeItem(at: folder) }
        }
    )

    // MARK: Resident memory with 100,000 SKUs loaded

    Benchmark(
        "Resident memory with 100k SKUs loaded",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .seconds, warmupIterations: 0,
            maxDuration: .seconds(600), maxIterations: 1),
        closure: { _ in
            do {
                let baseline = MemoryProbe.residentMegabytes()
                let reading = try await MemoryProbe.loadCatalog()
                SummaryFile.record("memory.baseline", baseline, unit: "MB", note: "before the catalog was loaded")
                SummaryFile.record(
                    "memory.sandbox", reading.sandbox, unit: "MB", note: "the sandbox's own process, serving the same catalog")
                SummaryFile.record(
                    "memory.loaded", reading.client, unit: "MB",
                    note: "\(reading.state.catalog?.index.count ?? 0) SKUs in the app state; the sandbox ran in its own process")
                SummaryFile.record("memory.peak", reading.clientPeak, unit: "MB", note: "the client's highest, during the load")
                let state = reading.state
                blackHole(state)
            } catch {
                SummaryFile.record("memory.error", 0, unit: "", note: "\(error)")
            }
        }
    )

    // MARK: Catalog opened a second time, from the SQLite cache

    Benchmark(
        "Catalog second open from the SQLite cache (100k SKUs)",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(120),
            maxIterations: 6),
        closure: { benchmark in
            let fixture = Fixture.current
            guard let world = fixture.world, let url = fixture.linesFile, let (customer, subscription) = fixture.subscription
            else { return }
            let result = try? await CacheProbe.open(world: world, cacheURL: url, customer: customer, subscription: subscription)
            benchmark.stopMeasurement()
            guard let result else { return }
            fixture.samples.add(result.firstRows)
            fixture.step = result.skuCount
            if let (read, decode, bytes) = try? CacheProbe.attribute(cacheURL: url) {
                fixture.readTimes.add(read)
                fixture.decodeTimes.add(decode)
                fixture.encodedBytes = bytes
            }
        },
        setup: {
            let world = try await BenchWorld.start()
            let fixture = Fixture.current
            fixture.world = world
            let url = world.directory.appendingPathComponent("catalog-cache.sqlite")
            fixture.linesFile = url
            fixture.subscription = try await world.subscriptionInCountry()
            // The first open: from the service, filling the cache.
            let start = ContinuousClock.now
            let state = try await world.catalogState(
                size: Size(width: 120, height: 40), loader: CatalogLoader(client: world.client, cache: try CatalogCache(url: url)))
            SummaryFile.record(
                "cache.firstOpen", Samples.milliseconds(since: start), unit: "ms",
                note: "\(state.catalog?.index.count ?? 0) SKUs from the sandbox over HTTP, price sheet included, cache filled")
        },
        teardown: {
            let fixture = Fixture.current
            SummaryFile.record(
                "cache.secondOpen.firstRows", latencies: fixture.samples,
                note: "first frame listing the cached SKUs, all \(fixture.step) of them in the state")
            SummaryFile.record("cache.secondOpen.readEntry", latencies: fixture.readTimes, note: "open the file, read the entry")
            SummaryFile.record("cache.secondOpen.decodeIndex", latencies: fixture.decodeTimes, note: "the index from its stored tables")
            SummaryFile.record("cache.archiveMB", Double(fixture.encodedBytes) / 1_048_576, unit: "MB", note: "the stored index")
            await fixture.world?.stop()
            fixture.world?.removeFiles()
        }
    )

    // MARK: Sandbox catalog GETs on loopback

    Benchmark(
        "Sandbox catalog GETs on loopback (wrk)",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .seconds, warmupIterations: 0, maxDuration: .seconds(120),
            maxIterations: 1),
        closure: { _ in
            do {
                let world = try await BenchWorld.start(scale: 1)
                let token = try await world.tokens.accessToken(forceRefresh: false).value
                let base = world.baseURL.absoluteString
                let products = try await world.client.products.list(country: "US", view: .azureReservationsVM, reservationScope: nil)
                guard let product = products.first else { throw BenchError("no products") }
                let skus = try await world.client.products.byID(product.id).skus.list(country: "US", reservationScope: nil)
                guard let sku = skus.first else { throw BenchError("no SKUs") }
                let targets: [(String, String)] = [
                    ("products", "\(base)/v1/products?country=US&targetView=AzureReservations"),
                    ("sku", "\(base)/v1/products/\(product.id.rawValue)/skus/\(sku.id.rawValue)?country=US"),
                    ("availabilities", "\(base)/v1/products/\(product.id.rawValue)/skus/\(sku.id.rawValue)/availabilities?country=US"),
                ]
                for (name, url) in targets {
                    let (rate, summary) = try await WrkRunner.measure(url: url, token: token)
                    SummaryFile.record("sandbox.rps.\(name)", rate, unit: "req/s", note: "wrk -t2 -c16 -d5s on 127.0.0.1: \(summary)")
                }
                await world.stop()
                world.removeFiles()
            } catch {
                SummaryFile.record("sandbox.rps.error", 0, unit: "", note: "\(error)")
            }
        }
    )
}

extension Samples {
    /// `samples` without its first `count` values (warm-up iterations).
    init(dropping count: Int, of samples: Samples) {
        self.init()
        for value in samples.values.dropFirst(count) { add(value) }
    }
}
