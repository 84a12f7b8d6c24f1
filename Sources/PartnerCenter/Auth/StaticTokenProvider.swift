import Foundation

/// A fixed token, for tests and for tokens obtained elsewhere.
public struct StaticTokenProvider: TokenProvider {
    private let token: AccessToken

    public init(_ value: String, expiresOn: Date = .distantFuture) {
        token = AccessToken(value: value, expiresOn: expiresOn)
    }

    public func accessToken(forceRefresh: Bool) async throws -> AccessToken { token }
}
