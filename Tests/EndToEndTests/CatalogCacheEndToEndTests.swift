import Foundation
import Testing

/// The local catalog cache in the real binary: two runs over the same data folder, as a partner opening the same
/// customer's catalog again the next time.
@Suite(.serialized)
struct CatalogCacheEndToEndTests {
    @Test("a catalog opened again in a second run comes from the local cache, marked as such; r reloads it from Partner Center")
    func secondRunServedFromCache() throws {
        let shared = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-e2e-cache-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: shared) }
        let environment = [
            "XDG_DATA_HOME": shared.appendingPathComponent("data").path,
            "XDG_STATE_HOME": shared.appendingPathComponent("state").path,
        ]
        do {
            let first = try TmuxSession(width: 100, height: 30, environment: environment)
            try PurchaseEndToEndTests.openContosoSubscription(first, down: 2)
            try first.press("c")
            let loaded = try first.waitFor("SKUs for US (all)", timeout: 90)
            #expect(!loaded.contains("· cached") && !loaded.contains("from the cache"), "the first open asks Partner Center")
            // The load is stored in the background once complete; a person reads the screen before quitting.
            Thread.sleep(forTimeInterval: 1)
            try first.press("q")
            try first.waitFor("EXIT=0")
        }
        let cacheFile = shared.appendingPathComponent("data/pcres/catalog-cache-sandbox.sqlite")
        #expect(FileManager.default.fileExists(atPath: cacheFile.path), "one cache file for the sandbox profile")

        let second = try TmuxSession(width: 100, height: 30, environment: environment)
        try PurchaseEndToEndTests.openContosoSubscription(second, down: 2)
        try second.press("c")
        let cached = try second.waitFor("from the cache", timeout: 30)
        #expect(cached.contains("SKUs for US from the cache, fetched"))
        #expect(cached.contains("· cached"), "the pane title says where the rows came from")
        // Prices come from the price sheet on every open (never cached), so they follow the cached rows.
        let priced = try second.waitUntil(description: "prices joined to the cached rows", timeout: 30) { $0.contains(" USD ") }
        #expect(priced.contains("· cached"))
        #expect(!priced.contains("ADX_Markup_Unit"), "sorted by price again once priced: the cheapest rows first")
        try second.press("r")
        let reloaded = try second.waitUntil(description: "reloaded from Partner Center", timeout: 90) {
            $0.contains("SKUs for US (all)") && !$0.contains("· cached")
        }
        #expect(!reloaded.contains("from the cache"))
        try second.press("q")
        try second.waitFor("EXIT=0")
    }
}
