// swift-tools-version:6.1
import PackageDescription

// The benchmark suite of issue #9, as its own package so `swift build`/`make test` in the main package never
// build it (nor ordo-one/benchmark). Run it with `make bench` from the top level.
// A path dependency's identity is its folder's name (`main`, `wt-bench`, a CI clone's name…), so it is read here.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "pcres"
let mainProducts = [
    "PartnerCenter", "PartnerCenterSandbox", "ReservationsCore", "ReservationsTUI", "ScreenKit", "CatalogFeature", "TerminalUI",
    "TerminalUICurses",
]

let package = Package(
    name: "PcresBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PcresBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
            ] + mainProducts.map { .product(name: $0, package: mainPackage) },
            path: "Benchmarks/PcresBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The sandbox in a process of its own, for the memory benchmark (built by `make bench` before the suite).
        .executableTarget(
            name: "BenchSandbox",
            dependencies: [.product(name: "PartnerCenterSandbox", package: mainPackage)],
            path: "Helpers/BenchSandbox"
        ),
    ]
)
