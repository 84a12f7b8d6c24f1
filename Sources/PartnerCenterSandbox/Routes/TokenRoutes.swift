import Foundation
import Hummingbird

/// Entra ID's token paths on the sandbox's own port: `POST /{tenant}/oauth2/token` (v1) and
/// `POST /{tenant}/oauth2/v2.0/token`. Only the client-credentials grant with the sandbox's
/// client ID and secret is accepted here.
struct TokenRoutes {
    let tokens: SandboxTokenIssuer

    func register(on router: Router<BasicRequestContext>) {
        router.post("/:tenant/oauth2/token") { request, context in try await issue(request, context: context) }
        router.post("/:tenant/oauth2/v2.0/token") { request, context in try await issue(request, context: context) }
    }

    private func issue(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let form = Self.parseForm(String(buffer: body))
        func oauthError(_ code: String, _ description: String, status: HTTPResponse.Status = .badRequest) throws -> Response {
            try JSONResponse.make(["error": code, "error_description": description], status: status)
        }
        guard let grant = form["grant_type"] else { return try oauthError("invalid_request", "grant_type is missing.") }
        guard grant == "client_credentials" else {
            return try oauthError("unsupported_grant_type", "The sandbox does not support grant_type \(grant).")
        }
        guard form["client_id"] == SandboxTokenIssuer.clientID, form["client_secret"] == SandboxTokenIssuer.clientSecret else {
            return try oauthError("invalid_client", "The client ID or secret is not the sandbox's.", status: .unauthorized)
        }
        let (token, expiresIn) = await tokens.issue()
        let resource = form["resource"] ?? form["scope"] ?? "https://api.partnercenter.microsoft.com"
        return try JSONResponse.make([
            "token_type": "Bearer", "access_token": token, "expires_in": String(expiresIn),
            "expires_on": String(Int(Date().timeIntervalSince1970) + expiresIn), "resource": resource,
        ])
    }

    /// Parses an `application/x-www-form-urlencoded` body with Foundation's URL component decoding.
    static func parseForm(_ text: String) -> [String: String] {
        var components = URLComponents()
        components.percentEncodedQuery = text.replacingOccurrences(of: "+", with: "%20")
        var values: [String: String] = [:]
        for item in components.queryItems ?? [] { values[item.name] = item.value ?? "" }
        return values
    }
}
