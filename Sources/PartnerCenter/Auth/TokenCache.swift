/// Keeps user sign-ins (refresh tokens, and optionally the current access token) between runs.
///
/// ```swift
/// let cache = try FileTokenCache(url: paths.tokenCache)
/// try await cache.store(TokenCacheEntry(refreshToken: tokens.refreshToken), for: key)
/// ```
/// Implementations must never print or log what they hold.
public protocol TokenCache: Sendable {
    /// The saved entry for a key, or nil.
    func entry(for key: TokenCacheKey) async throws -> TokenCacheEntry?
    /// Saves an entry, replacing any earlier one for the key; nil removes it (sign out).
    func store(_ entry: TokenCacheEntry?, for key: TokenCacheKey) async throws
}
