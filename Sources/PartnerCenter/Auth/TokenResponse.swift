import Foundation

/// Entra ID's token answer. `expires_in` arrives as a string (v1) or a number (v2).
struct TokenResponse: Decodable {
    var accessToken: String
    @Wire<WireCount> var expiresIn: Int?
    var refreshToken: String?

    private enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
    }

    /// Reads a successful token endpoint response into tokens, or throws a typed error.
    /// Non-2xx answers must be handled by the caller (see ``EntraErrorBody``).
    static func grant(from response: TransportResponse, operation: String, now: Date) throws -> SignInTokens {
        guard let token = try? JSONDecoder().decode(TokenResponse.self, from: response.body), !token.accessToken.isEmpty else {
            throw PartnerCenterError(kind: .malformedResponse(field: "access_token"), operation: operation, httpStatus: response.status)
        }
        let lifetime = TimeInterval(token.expiresIn ?? 3600)
        return SignInTokens(
            accessToken: AccessToken(value: token.accessToken, expiresOn: now.addingTimeInterval(lifetime)),
            refreshToken: token.refreshToken.flatMap { $0.isEmpty ? nil : Secret($0) })
    }
}
