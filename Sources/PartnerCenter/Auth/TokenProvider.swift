/// Supplies bearer tokens for Partner Center calls.
///
/// ```swift
/// let token = try await provider.accessToken(forceRefresh: false)
/// ```
/// Implementations refresh before expiry; `forceRefresh` is passed after a 401.
public protocol TokenProvider: Sendable {
    /// A token valid for at least a few minutes.
    func accessToken(forceRefresh: Bool) async throws -> AccessToken
}
