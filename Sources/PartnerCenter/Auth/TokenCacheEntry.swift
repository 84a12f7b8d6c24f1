import Foundation

/// One cached sign-in: the refresh token, and optionally the access token with its expiry.
/// Its description never shows either token. Encoded as
/// `{"refreshToken": "…", "accessToken": "…", "accessTokenExpiresOn": 1735689600}` (seconds since 1970).
public struct TokenCacheEntry: Sendable, Hashable, Codable, CustomStringConvertible {
    public var refreshToken: Secret?
    public var accessToken: AccessToken?

    public init(refreshToken: Secret?, accessToken: AccessToken? = nil) {
        self.refreshToken = refreshToken
        self.accessToken = accessToken
    }

    private enum CodingKeys: String, CodingKey {
        case refreshToken, accessToken, accessTokenExpiresOn
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        refreshToken = try container.decodeIfPresent(String.self, forKey: .refreshToken).map(Secret.init)
        if let value = try container.decodeIfPresent(String.self, forKey: .accessToken),
            let expiry = try container.decodeIfPresent(Double.self, forKey: .accessTokenExpiresOn)
        {
            accessToken = AccessToken(value: value, expiresOn: Date(timeIntervalSince1970: expiry))
        } else {
            accessToken = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(refreshToken?.revealedValue, forKey: .refreshToken)
        if let accessToken {
            try container.encode(accessToken.value, forKey: .accessToken)
            try container.encode(accessToken.expiresOn.timeIntervalSince1970, forKey: .accessTokenExpiresOn)
        }
    }

    public var description: String {
        "TokenCacheEntry(refresh token \(refreshToken == nil ? "none" : "[redacted]"), \(accessToken.map(String.init(describing:)) ?? "no access token"))"
    }
}
