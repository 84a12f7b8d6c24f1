import Foundation

/// What a user sign-in (device code or refresh token) yields: an access token for now and the
/// refresh token that renews it. The refresh token is a ``Secret``: it never prints.
public struct SignInTokens: Sendable, Hashable, CustomStringConvertible {
    public var accessToken: AccessToken
    /// Nil only when the token endpoint did not return one (app-only grants).
    public var refreshToken: Secret?

    public init(accessToken: AccessToken, refreshToken: Secret?) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
    }

    public var description: String {
        "SignInTokens(\(accessToken), refresh token \(refreshToken == nil ? "none" : "[redacted]"))"
    }
}
