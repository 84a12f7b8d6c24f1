import Foundation

/// Entra ID's token answer. `expires_in` arrives as a string (v1) or a number (v2).
struct TokenResponse: Decodable {
    var accessToken: String
    var expiresIn: LenientInt?
    var refreshToken: String?

    private enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
    }

    /// Entra ID's error answer.
    struct ErrorBody: Decodable {
        var error: String?
        var errorDescription: String?

        private enum CodingKeys: String, CodingKey {
            case error
            case errorDescription = "error_description"
        }
    }

    /// Reads a token endpoint response, or throws an authentication error with Entra's reason.
    static func decode(_ response: TransportResponse, operation: String, now: Date = Date()) throws -> AccessToken {
        guard (200..<300).contains(response.status) else {
            let body = try? JSONDecoder().decode(ErrorBody.self, from: response.body)
            // Entra's descriptions can be long and multi-line; keep the first line.
            let reason = body?.errorDescription?.split(separator: "\n").first.map(String.init) ?? body?.error
            throw PartnerCenterError(
                kind: .authentication, operation: operation, httpStatus: response.status, code: body?.error,
                serviceDescription: reason)
        }
        guard let token = try? JSONDecoder().decode(TokenResponse.self, from: response.body) else {
            throw PartnerCenterError(kind: .malformedResponse(field: "access_token"), operation: operation, httpStatus: response.status)
        }
        let lifetime = TimeInterval(token.expiresIn?.value ?? 3600)
        return AccessToken(value: token.accessToken, expiresOn: now.addingTimeInterval(lifetime))
    }
}
