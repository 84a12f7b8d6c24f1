import Foundation

/// Entra ID's error answer (`error`, `error_description`), and its translation into a
/// `PartnerCenterError` an operator can act on.
struct EntraErrorBody: Decodable, Sendable {
    var error: String?
    var errorDescription: String?

    private enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
    }

    /// Reads the error body of a non-2xx answer; empty when it is not Entra's JSON.
    static func read(_ response: TransportResponse) -> EntraErrorBody {
        (try? JSONDecoder().decode(EntraErrorBody.self, from: response.body)) ?? EntraErrorBody()
    }

    /// Entra's descriptions are long and multi-line (trace and correlation IDs follow); keep the first line.
    var firstLine: String? {
        guard let text = errorDescription?.split(whereSeparator: \.isNewline).first else { return nil }
        let line = text.trimmingCharacters(in: .whitespaces)
        if line.isEmpty { return nil }
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }

    /// An authentication error with a plain-English summary, Entra's code, and Entra's first line
    /// as detail. Every `secret` is scrubbed from the text that came from the server.
    func failure(operation: String, status: Int, secrets: [Secret?]) -> PartnerCenterError {
        let entraLine = firstLine.map { Secret.scrub($0, removing: secrets) }
        let code = error.map { Secret.scrub($0, removing: secrets) }
        let summary = Self.explanation(forCode: code) ?? entraLine ?? "the token endpoint answered HTTP \(status)"
        return PartnerCenterError(
            kind: .authentication, operation: operation, httpStatus: status, code: code, serviceDescription: summary,
            detail: entraLine)
    }

    /// A plain-English sentence for the OAuth error codes a sign-in can meet.
    static func explanation(forCode code: String?) -> String? {
        switch code?.lowercased() {
        case "invalid_client":
            "the client ID or secret was rejected; check the profile's app registration and secret"
        case "invalid_grant":
            "the saved sign-in is no longer valid (expired, revoked or already used); run pcres login again"
        case "unauthorized_client":
            "the app is not allowed to use this sign-in method; check its registration in Entra ID"
        case "invalid_scope", "invalid_resource":
            "the requested resource or scope was refused; check the profile's token resource or scope"
        case "expired_token", "code_expired":
            "the device code expired; run pcres login again"
        case "access_denied", "authorization_declined":
            "the sign-in was declined on the verification page; run pcres login again to retry"
        case "bad_verification_code":
            "the device code was not recognised; run pcres login again"
        case "unsupported_grant_type":
            "the token endpoint does not support this sign-in method"
        case "interaction_required", "consent_required":
            "a user must sign in again interactively (MFA or consent is needed); run pcres login"
        case "temporarily_unavailable", "server_error":
            "Entra ID is temporarily unavailable; try again shortly"
        case "invalid_request":
            "the token endpoint refused the request as malformed"
        default:
            nil
        }
    }
}
