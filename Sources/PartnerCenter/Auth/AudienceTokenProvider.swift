import Foundation

/// Tokens for one more audience from a ``RefreshTokenProvider``'s sign-in (see
/// ``RefreshTokenProvider/forAudience(_:)``).
struct AudienceTokenProvider: TokenProvider {
    let base: RefreshTokenProvider
    let endpoint: TokenEndpoint

    func accessToken(forceRefresh: Bool) async throws -> AccessToken {
        try await base.accessToken(for: endpoint, forceRefresh: forceRefresh)
    }
}
