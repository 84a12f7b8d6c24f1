import Foundation
import HTTPTypes
import Hummingbird

/// Entra ID's sign-in paths on the sandbox's own port, plus the page where a person approves a device code.
///
/// - `POST /{tenant}/oauth2/token` (v1, `resource`) and `POST /{tenant}/oauth2/v2.0/token` (v2, `scope`):
///   grants `client_credentials` (client ID and secret required), `refresh_token` (each use rotates it:
///   the old one stops working, a new one comes back) and
///   `urn:ietf:params:oauth:grant-type:device_code` (public client; `authorization_pending` until approved,
///   `slow_down` when polled faster than `interval`, `expired_token`, `authorization_declined`).
/// - `POST /{tenant}/oauth2/v2.0/devicecode`: a user code and `verification_uri` =
///   `http://{host:port}/sandbox/device`. Sandbox-only form fields `sandbox_expires_in` (1–3600 s) and
///   `sandbox_interval` (0–60 s) shorten the code's life and polling interval, for tests and training.
/// - `GET /sandbox/device`: a small HTML form. `POST /sandbox/device` with `user_code=ABCD-EFGH`
///   approves (add `action=deny` to deny); `GET /sandbox/device?user_code=…&approve=1` (or `&deny=1`)
///   does the same for curl.
struct TokenRoutes {
    let tokens: SandboxTokenIssuer
    let clock: SandboxClock

    static let deviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code"
    static let defaultResource = "https://api.partnercenter.microsoft.com"
    static let defaultUserScope = "https://api.partnercenter.microsoft.com/user_impersonation offline_access"

    func register(on router: Router<SandboxRequestContext>) {
        // The router's trie prefers a constant segment and does not backtrack, so with `/sandbox/...` routes
        // (this page, faults, controls) the tenant "sandbox" needs its own constant routes next to `:tenant`.
        for tenant in [":tenant", "sandbox"] {
            router.post("/\(tenant)/oauth2/token") { request, _ in try await token(request, isV2: false) }
            router.post("/\(tenant)/oauth2/v2.0/token") { request, _ in try await token(request, isV2: true) }
            router.post("/\(tenant)/oauth2/v2.0/devicecode") { request, _ in try await deviceCode(request) }
        }
        router.get("/sandbox/device") { request, _ in try await devicePage(request) }
        router.post("/sandbox/device") { request, _ in try await deviceDecision(request) }
    }

    // MARK: - Token endpoint

    private func token(_ request: Request, isV2: Bool) async throws -> Response {
        let form = try await Self.form(request)
        guard let grant = form["grant_type"], !grant.isEmpty else {
            return try Self.oauthError("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'grant_type'.")
        }
        guard ["client_credentials", "refresh_token", Self.deviceCodeGrant].contains(grant) else {
            return try Self.oauthError("unsupported_grant_type", "The sandbox does not support grant_type \(grant.prefix(80)).")
        }
        let clientID = form["client_id"] ?? ""
        guard clientID == SandboxTokenIssuer.clientID else {
            return try Self.oauthError(
                "invalid_client", "AADSTS700016: Application '\(clientID.prefix(64))' was not found in the sandbox tenant.",
                status: .unauthorized)
        }
        // A confidential client may always authenticate; a wrong secret is always refused.
        if let secret = form["client_secret"], secret != SandboxTokenIssuer.clientSecret {
            return try Self.oauthError("invalid_client", "AADSTS7000215: Invalid client secret provided.", status: .unauthorized)
        }
        switch grant {
        case "client_credentials":
            guard form["client_secret"] != nil else {
                return try Self.oauthError(
                    "invalid_client", "AADSTS7000218: The request body must contain 'client_secret' or 'client_assertion'.",
                    status: .unauthorized)
            }
            let audience: String
            if isV2 {
                guard let scope = form["scope"], !scope.isEmpty else {
                    return try Self.oauthError("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'scope'.")
                }
                audience = scope
            } else {
                audience = form["resource"] ?? Self.defaultResource
            }
            let standsInForUser = audience.split(separator: " ").contains { $0.hasSuffix("/user_impersonation") }
            let (access, expiresIn) = await tokens.issue(
                audience: SandboxAudience.read(audience) ?? .partnerCenter, isAppOnly: !standsInForUser)
            return try answer(
                SandboxTokenIssuer.IssuedTokens(accessToken: access, expiresIn: expiresIn, refreshToken: nil, scope: audience),
                isV2: isV2, resource: form["resource"])
        case "refresh_token":
            guard let refreshToken = form["refresh_token"], !refreshToken.isEmpty else {
                return try Self.oauthError("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'refresh_token'.")
            }
            let scope = isV2 ? form["scope"] : form["resource"]
            guard let issued = await tokens.redeem(refreshToken: refreshToken, clientID: clientID, scope: scope) else {
                return try Self.oauthError(
                    "invalid_grant", "AADSTS70000: The provided refresh token is not valid, has expired or was already used.")
            }
            return try answer(issued, isV2: isV2, resource: form["resource"] ?? Self.defaultResource)
        case Self.deviceCodeGrant:
            guard let deviceCode = form["device_code"], !deviceCode.isEmpty else {
                return try Self.oauthError("invalid_request", "AADSTS900144: The request body must contain the following parameter: 'device_code'.")
            }
            switch await tokens.poll(deviceCode: deviceCode, clientID: clientID) {
            case .tokens(let issued):
                return try answer(issued, isV2: isV2, resource: form["resource"] ?? Self.defaultResource)
            case .pending:
                return try Self.oauthError("authorization_pending", "AADSTS70016: Authorization is pending. Continue polling.")
            case .slowDown:
                return try Self.oauthError("slow_down", "Polling faster than the interval; wait 5 seconds more between polls.")
            case .expired:
                return try Self.oauthError("expired_token", "AADSTS70020: The device code has expired.")
            case .declined:
                return try Self.oauthError("authorization_declined", "AADSTS70000: The user declined the sign-in.")
            case .unknown:
                return try Self.oauthError("bad_verification_code", "AADSTS70019: The device code is not known or was already used.")
            }
        default:
            return try Self.oauthError("unsupported_grant_type", "The sandbox does not support grant_type \(grant.prefix(80)).")
        }
    }

    /// A v1 answer (numbers as strings, `resource`) or a v2 answer (numbers, `scope`).
    private func answer(_ issued: SandboxTokenIssuer.IssuedTokens, isV2: Bool, resource: String?) throws -> Response {
        if isV2 {
            return try JSONResponse.make(
                V2Answer(
                    accessToken: issued.accessToken, expiresIn: issued.expiresIn, extExpiresIn: issued.expiresIn,
                    refreshToken: issued.refreshToken, scope: issued.scope))
        }
        var body = [
            "token_type": "Bearer", "access_token": issued.accessToken, "expires_in": String(issued.expiresIn),
            "expires_on": String(Int(clock.now.timeIntervalSince1970) + issued.expiresIn),
            "resource": resource ?? issued.scope,
        ]
        if let refreshToken = issued.refreshToken {
            body["refresh_token"] = refreshToken
            body["scope"] = "user_impersonation"
        }
        return try JSONResponse.make(body)
    }

    private struct V2Answer: Encodable {
        var tokenType = "Bearer"
        var accessToken: String
        var expiresIn: Int
        var extExpiresIn: Int
        var refreshToken: String?
        var scope: String

        enum CodingKeys: String, CodingKey {
            case tokenType = "token_type", accessToken = "access_token", expiresIn = "expires_in"
            case extExpiresIn = "ext_expires_in", refreshToken = "refresh_token", scope
        }
    }

    // MARK: - Device code

    private func deviceCode(_ request: Request) async throws -> Response {
        let form = try await Self.form(request)
        let clientID = form["client_id"] ?? ""
        guard clientID == SandboxTokenIssuer.clientID else {
            return try Self.oauthError(
                "invalid_client", "AADSTS700016: Application '\(clientID.prefix(64))' was not found in the sandbox tenant.",
                status: .unauthorized)
        }
        let scope = form["scope"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultUserScope
        var lifetime: TimeInterval?
        var interval: TimeInterval?
        if let text = form["sandbox_expires_in"] {
            guard let value = Int(text), (1...3600).contains(value) else {
                return try Self.oauthError("invalid_request", "sandbox_expires_in must be a whole number of seconds from 1 to 3600.")
            }
            lifetime = TimeInterval(value)
        }
        if let text = form["sandbox_interval"] {
            guard let value = Int(text), (0...60).contains(value) else {
                return try Self.oauthError("invalid_request", "sandbox_interval must be a whole number of seconds from 0 to 60.")
            }
            interval = TimeInterval(value)
        }
        let (code, authorization, expiresIn) = await tokens.startDeviceAuthorization(
            clientID: clientID, scope: scope, lifetime: lifetime, interval: interval)
        let host = request.head.authority.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let verification = "http://\(host)/sandbox/device"
        return try JSONResponse.make(
            DeviceCodeAnswer(
                deviceCode: code, userCode: authorization.userCode, verificationURI: verification, expiresIn: expiresIn,
                interval: Int(authorization.interval),
                message: "To sign in, use a web browser to open the page \(verification) and enter the code "
                    + "\(authorization.userCode) to authenticate."))
    }

    private struct DeviceCodeAnswer: Encodable {
        var deviceCode: String
        var userCode: String
        var verificationURI: String
        var expiresIn: Int
        var interval: Int
        var message: String

        enum CodingKeys: String, CodingKey {
            case deviceCode = "device_code", userCode = "user_code", verificationURI = "verification_uri"
            case expiresIn = "expires_in", interval, message
        }
    }

    /// `GET /sandbox/device`: the form, or a decision when `user_code` comes with `approve=1` or `deny=1`.
    private func devicePage(_ request: Request) async throws -> Response {
        let query = Self.parseForm(request.uri.query ?? "")
        if let userCode = query["user_code"], query["approve"] == "1" || query["deny"] == "1" {
            return await decide(userCode: userCode, approve: query["deny"] != "1")
        }
        return Self.html(
            .ok,
            """
            <h1>Sandbox sign-in</h1>
            <p>Enter the code pcres showed you.</p>
            <form method="post" action="/sandbox/device">
            <input name="user_code" placeholder="ABCD-EFGH" autofocus>
            <button name="action" value="approve">Approve</button>
            <button name="action" value="deny">Deny</button>
            </form>
            """)
    }

    /// `POST /sandbox/device` with `user_code` and optional `action=approve|deny` (approve by default).
    private func deviceDecision(_ request: Request) async throws -> Response {
        let form = try await Self.form(request)
        guard let userCode = form["user_code"], !userCode.isEmpty else {
            return Self.html(.badRequest, "<h1>No code</h1><p>Send user_code=ABCD-EFGH.</p>")
        }
        let action = (form["action"] ?? "approve").lowercased()
        guard action == "approve" || action == "deny" else {
            return Self.html(.badRequest, "<h1>Unknown action</h1><p>action is approve or deny.</p>")
        }
        return await decide(userCode: userCode, approve: action == "approve")
    }

    private func decide(userCode: String, approve: Bool) async -> Response {
        let shown = Self.escapeHTML(String(userCode.prefix(20)))
        switch await tokens.decide(userCode: userCode, approve: approve) {
        case .approved:
            return Self.html(.ok, "<h1>Approved</h1><p>Code \(shown) is approved. You can return to the terminal.</p>")
        case .denied:
            return Self.html(.ok, "<h1>Denied</h1><p>Code \(shown) is denied; the sign-in will fail.</p>")
        case .unknown:
            return Self.html(.notFound, "<h1>Unknown code</h1><p>Code \(shown) is not waiting for approval.</p>")
        case .expired:
            return Self.html(.gone, "<h1>Expired</h1><p>Code \(shown) has expired; start the sign-in again.</p>")
        case .alreadyDecided:
            return Self.html(.conflict, "<h1>Already decided</h1><p>Code \(shown) was already approved or denied.</p>")
        }
    }

    // MARK: - Helpers

    private static func form(_ request: Request) async throws -> [String: String] {
        let body = try await request.body.collect(upTo: 64 * 1024)
        return parseForm(String(buffer: body))
    }

    private static func oauthError(_ code: String, _ description: String, status: HTTPResponse.Status = .badRequest) throws -> Response {
        try JSONResponse.make(["error": code, "error_description": description], status: status)
    }

    private static func html(_ status: HTTPResponse.Status, _ body: String) -> Response {
        let page = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>pcres sandbox sign-in</title></head><body>\n\(body)\n</body></html>\n"
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Parses an `application/x-www-form-urlencoded` body (or a query string) with Foundation's URL
    /// component decoding. `URLComponents(string:)` tolerates bad input (`%zz`, spaces) where setting
    /// `percentEncodedQuery` would trap and take the whole sandbox (and the program hosting it) down.
    static func parseForm(_ text: String) -> [String: String] {
        let query = text.replacingOccurrences(of: "+", with: "%20").replacingOccurrences(of: "#", with: "%23")
        guard let components = URLComponents(string: "?" + query) else { return [:] }
        var values: [String: String] = [:]
        for item in components.queryItems ?? [] where !item.name.isEmpty { values[item.name] = item.value ?? "" }
        return values
    }
}
