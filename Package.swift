// swift-tools-version:6.0
import PackageDescription

// Strict Swift 6 mode everywhere; `any` spelled out for existentials (STYLE.md).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// A screen's module: ScreenKit and the core below it, never the app; the screens it opens; and
/// MemberImportVisibility, so it cannot read a wire model's fields through a core type.
func screenModule(_ name: String, opens: [Target.Dependency] = [], money: Bool = false) -> Target {
    .target(
        name: name,
        dependencies: ["ScreenKit", "ReservationsCore", "Vocabulary", "TerminalUI"] + opens + (money ? ["Money"] : []),
        swiftSettings: strictSettings + [.enableUpcomingFeature("MemberImportVisibility")]
    )
}

let package = Package(
    name: "pcres",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pcres", targets: ["pcres"]),
        .library(name: "PartnerCenter", targets: ["PartnerCenter"]),
        // For the benchmark package in Benchmarks/, which depends on this one by path.
        .library(name: "PartnerCenterSandbox", targets: ["PartnerCenterSandbox"]),
        .library(name: "ReservationsCore", targets: ["ReservationsCore"]),
        .library(name: "ReservationsTUI", targets: ["ReservationsTUI"]),
        // The screens' modules and what they share, for the benchmark package (it builds states and catalogs).
        .library(name: "ScreenKit", targets: ["ScreenKit"]),
        .library(name: "CatalogFeature", targets: ["CatalogFeature"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
        .library(name: "TerminalUICurses", targets: ["TerminalUICurses"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The HTTP transport: requests on SwiftNIO's event loops (no CPU while waiting), streamed bodies, proxies.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // SHA-256 for the audit log's hash chain; already in the graph through Hummingbird's dependencies.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // gzip for Microsoft Graph's billing export files (JSON Lines in .json.gz blobs); zlib underneath.
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        // The team ledger (PostgreSQL): its client and connection pool.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // MARK: - Libraries (lowest layer first)
        // ncursesw from the system. No `pkgConfig:` here on purpose: pkg-config's only cflags for ncursesw are
        // -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which SwiftPM refuses (a build warning) and drops anyway;
        // shim.h defines what it needs and module.modulemap links ncursesw. The Makefile checks pkg-config.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The values every layer names: typed identifiers (CustomerID, OrderID…) and the kind of subscription. Shared by
        // the client, the core and the screens; no I/O, no wire documents.
        .target(name: "Vocabulary", swiftSettings: strictSettings),
        // Exact decimal rounding and fixed-point printing of amounts, shared the same way.
        .target(name: "Money", swiftSettings: strictSettings),
        .target(
            name: "TerminalUI",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TerminalUICurses",
            dependencies: ["CNcurses", "TerminalUI"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PartnerCenter",
            dependencies: [
                "Vocabulary",
                "Money",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PartnerCenterSandbox",
            dependencies: [
                "PartnerCenter",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReservationsCore",
            dependencies: [
                "PartnerCenter",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ],
            swiftSettings: strictSettings
        ),
        // What the screens share besides TerminalUI: load and status states, the shared commands and key bindings,
        // money texts, the task board their effects run on, and ScreenHost, what a screen may ask of the app.
        .target(
            name: "ScreenKit",
            dependencies: ["ReservationsCore", "Vocabulary", "Money", "TerminalUI"],
            swiftSettings: strictSettings + [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // One module per screen (docs/ARCHITECTURE.md: the app composes them), and the screens each one opens.
        screenModule("OrdersFeature"),
        screenModule("CartFeature", opens: ["OrdersFeature"], money: true),
        screenModule("ReservationsFeature", opens: ["OrdersFeature"], money: true),
        screenModule("ExpiryFeature", opens: ["ReservationsFeature"]),
        screenModule("CatalogFeature", opens: ["CartFeature"]),
        screenModule("SubscriptionsFeature"),
        screenModule("CustomersFeature", opens: ["SubscriptionsFeature"]),
        screenModule("BillingFeature", opens: ["OrdersFeature"], money: true),
        .target(
            name: "ReservationsTUI",
            dependencies: [
                "ScreenKit", "OrdersFeature", "BillingFeature", "CartFeature", "ReservationsFeature", "ExpiryFeature",
                "CatalogFeature", "SubscriptionsFeature", "CustomersFeature", "ReservationsCore", "Vocabulary", "Money",
                "TerminalUI",
            ],
            swiftSettings: strictSettings + [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "pcres",
            dependencies: [
                "PartnerCenter", "PartnerCenterSandbox", "ReservationsCore", "ReservationsTUI", "CartFeature", "ScreenKit",
                "TerminalUI", "TerminalUICurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "TestSupport", swiftSettings: strictSettings),

        // MARK: - Tests
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"],
                    exclude: ["__Snapshots__"], swiftSettings: strictSettings),
        .testTarget(name: "TerminalUICursesTests", dependencies: ["TerminalUICurses", "TerminalUI"],
                    swiftSettings: strictSettings),
        .testTarget(name: "PartnerCenterTests", dependencies: ["PartnerCenter", "PartnerCenterSandbox"],
                    resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "PartnerCenterSandboxTests", dependencies: ["PartnerCenterSandbox", "PartnerCenter"],
                    swiftSettings: strictSettings),
        .testTarget(name: "ReservationsCoreTests",
                    dependencies: ["ReservationsCore", "PartnerCenter", "PartnerCenterSandbox",
                                   .product(name: "PostgresNIO", package: "postgres-nio")],
                    swiftSettings: strictSettings),
        .testTarget(name: "ReservationsTUITests",
                    dependencies: ["ReservationsTUI", "ScreenKit", "OrdersFeature", "BillingFeature", "CartFeature",
                                   "ReservationsFeature", "ExpiryFeature", "CatalogFeature", "SubscriptionsFeature",
                                   "CustomersFeature", "ReservationsCore", "TerminalUI",
                                   "TestSupport",
                                   "PartnerCenter", "PartnerCenterSandbox"],
                    exclude: ["__Snapshots__"], swiftSettings: strictSettings),
        .testTarget(name: "EndToEndTests", exclude: ["__Golden__"], swiftSettings: strictSettings),
    ]
)
