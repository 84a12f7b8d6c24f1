import Foundation

/// Posts `application/x-www-form-urlencoded` requests to Entra ID for one cloud and tenant, and turns
/// answers into tokens or typed errors. Shared by every token provider.
struct EntraTokenClient: Sendable {
    let cloud: CloudEnvironment
    let tenant: String
    let transport: any HTTPTransport
    /// Seconds allowed for one exchange with the token endpoint.
    var timeout: TimeInterval = 30

    /// `{authority}/{tenant}/{path}`.
    func url(_ path: String) -> URL {
        cloud.authority.appendingPathComponent(tenant).appendingPathComponent(path)
    }

    /// Sends the form and returns the answer, whatever its status.
    /// - Throws: `PartnerCenterError` (`.authentication` when unreachable, `.cancelled` on cancellation).
    func post(_ url: URL, form: [(String, String)], operation: String) async throws -> TransportResponse {
        try Task.checkCancellation()
        let body = FormEncoding.encode(form)
        do {
            return try await transport.send(
                TransportRequest(
                    method: "POST", url: url,
                    headers: ["Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"],
                    body: Data(body.utf8), timeout: timeout))
        } catch is CancellationError {
            throw PartnerCenterError(kind: .cancelled, operation: operation)
        } catch let failure as TransportFailure {
            if Task.isCancelled { throw PartnerCenterError(kind: .cancelled, operation: operation) }
            throw PartnerCenterError(
                kind: .authentication, operation: operation, serviceDescription: "the sign-in server could not be reached",
                detail: "token endpoint \(url.host ?? "?") unreachable: \(failure.reason)")
        }
    }

    /// Sends a token request and returns the tokens, or throws Entra's error as `.authentication`.
    func redeem(
        _ endpoint: TokenEndpoint, form: [(String, String)], operation: String, secrets: [Secret?], now: Date
    ) async throws -> SignInTokens {
        let response = try await post(endpoint.tokenURL(authority: cloud.authority, tenant: tenant), form: form, operation: operation)
        guard (200..<300).contains(response.status) else {
            throw EntraErrorBody.read(response).failure(operation: operation, status: response.status, secrets: secrets)
        }
        return try TokenResponse.grant(from: response, operation: operation, now: now)
    }
}
