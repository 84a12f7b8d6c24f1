/// A token cache that lives as long as the process: for tests and for `--no-token-cache` style runs.
public actor InMemoryTokenCache: TokenCache {
    private var entries: [TokenCacheKey: TokenCacheEntry]

    public init(_ entries: [TokenCacheKey: TokenCacheEntry] = [:]) { self.entries = entries }

    public func entry(for key: TokenCacheKey) -> TokenCacheEntry? { entries[key] }

    public func store(_ entry: TokenCacheEntry?, for key: TokenCacheKey) {
        entries[key] = entry
    }
}
