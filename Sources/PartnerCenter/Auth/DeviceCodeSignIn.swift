import Foundation

/// App+User sign-in by device code (OAuth 2.0 device authorization grant, RFC 8628): the only
/// interactive sign-in that works over SSH, because the browser can be on any other device.
///
/// 1. `POST {authority}/{tenant}/oauth2/v2.0/devicecode` with `client_id` and `scope` (always including
///    `offline_access`, so a refresh token comes back).
/// 2. The caller receives a ``DeviceCodePrompt`` (user code and URL) through `onPrompt` and shows it;
///    this type never prints anything.
/// 3. Polls `POST {authority}/{tenant}/oauth2/v2.0/token` with
///    `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds:
///    `authorization_pending` keeps polling, `slow_down` adds five seconds to the interval,
///    `expired_token`, `access_denied` and `authorization_declined` end with an `.authentication`
///    error that says what to do. Task cancellation stops polling with a `.cancelled` error.
///
/// ```swift
/// let tokens = try await DeviceCodeSignIn(cloud: .global, tenant: tenantID, clientID: appID, transport: AsyncHTTPClientTransport.shared)
///     .signIn { prompt in show("Open \(prompt.verificationURL) and enter \(prompt.userCode)") }
/// try await refreshProvider.adopt(tokens)
/// ```
public struct DeviceCodeSignIn: Sendable {
    /// `user_impersonation` on the Partner Center API, and `offline_access` for the refresh token.
    public static let defaultScopes = [CloudEnvironment.partnerCenterResource + "/user_impersonation", "offline_access"]

    private static let operation = "device code sign-in"
    private static let deviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code"

    private let client: EntraTokenClient
    private let clientID: String
    private let clientSecret: Secret?
    private let scopes: [String]
    private let now: @Sendable () -> Date
    private let sleep: @Sendable (TimeInterval) async throws -> Void

    /// - Parameters:
    ///   - clientSecret: nil for a public client (the usual case for device code); a web app may send its secret.
    ///   - scopes: `offline_access` is added when missing.
    ///   - now: the clock, for the code's expiry (injected in tests).
    ///   - sleep: waits between polls (injected in tests); must throw `CancellationError` when cancelled
    ///     or return promptly (cancellation is also checked after every wait).
    public init(
        cloud: CloudEnvironment, tenant: String, clientID: String, clientSecret: Secret? = nil,
        scopes: [String] = DeviceCodeSignIn.defaultScopes, transport: any HTTPTransport,
        now: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { seconds in
            try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
        }
    ) {
        client = EntraTokenClient(cloud: cloud, tenant: tenant, transport: transport)
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes.contains("offline_access") ? scopes : scopes + ["offline_access"]
        self.now = now
        self.sleep = sleep
    }

    /// Runs the whole flow: asks for a code, hands the prompt to `onPrompt`, and polls until the person
    /// approves, declines, or the code expires.
    /// - Returns: an access token and a refresh token.
    /// - Throws: `PartnerCenterError` with kind `.authentication` (declined, expired, refused, unreachable),
    ///   `.cancelled`, or `.malformedResponse`.
    public func signIn(onPrompt: @Sendable (DeviceCodePrompt) async -> Void) async throws -> SignInTokens {
        let (deviceCode, prompt) = try await requestCode()
        await onPrompt(prompt)
        return try await poll(deviceCode: deviceCode, prompt: prompt)
    }

    private func requestCode() async throws -> (Secret, DeviceCodePrompt) {
        let form = [("client_id", clientID), ("scope", scopes.joined(separator: " "))]
        let response = try await client.post(client.url("oauth2/v2.0/devicecode"), form: form, operation: Self.operation)
        guard (200..<300).contains(response.status) else {
            throw EntraErrorBody.read(response).failure(operation: Self.operation, status: response.status, secrets: [clientSecret])
        }
        let answer: DeviceCodeResponse
        do {
            answer = try JSONDecoder().decode(DeviceCodeResponse.self, from: response.body)
        } catch let error as DecodingError {
            let (field, detail) = RequestExecutor.describe(error)
            throw PartnerCenterError(
                kind: .malformedResponse(field: field), operation: Self.operation, httpStatus: response.status, detail: detail)
        }
        // Both are shown to the operator: a code of anything but letters, digits and '-' (escape sequences that
        // retitle a terminal or write its clipboard), or a link that is not https, is refused, never printed.
        guard Self.isPlainUserCode(answer.userCode) else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "user_code"), operation: Self.operation, httpStatus: response.status,
                detail: "the user code is not 1 to 32 letters, digits or '-'")
        }
        guard let text = answer.verificationURI ?? answer.verificationURL, Self.isPrintableASCII(text), let url = URL(string: text),
            Self.isSafeLink(url)
        else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "verification_uri"), operation: Self.operation, httpStatus: response.status,
                detail: "the sign-in link is not an https URL")
        }
        let prompt = DeviceCodePrompt(
            userCode: answer.userCode, verificationURL: url, expiresOn: now().addingTimeInterval(TimeInterval(answer.expiresIn)),
            interval: TimeInterval(max(0, answer.interval ?? 5)), message: answer.message)
        return (Secret(answer.deviceCode), prompt)
    }

    private func poll(deviceCode: Secret, prompt: DeviceCodePrompt) async throws -> SignInTokens {
        let secrets = [clientSecret, deviceCode]
        var form = [("grant_type", Self.deviceCodeGrant), ("client_id", clientID), ("device_code", deviceCode.revealedValue)]
        if let clientSecret { form.append(("client_secret", clientSecret.revealedValue)) }
        let tokenURL = TokenEndpoint.v2(scopes: scopes).tokenURL(authority: client.cloud.authority, tenant: client.tenant)
        var interval = prompt.interval
        var unreachableInARow = 0
        while true {
            do {
                try await sleep(interval)
            } catch {
                throw PartnerCenterError(kind: .cancelled, operation: Self.operation)
            }
            if Task.isCancelled { throw PartnerCenterError(kind: .cancelled, operation: Self.operation) }
            if now() >= prompt.expiresOn {
                throw EntraErrorBody(error: "expired_token").failure(operation: Self.operation, status: 400, secrets: secrets)
            }
            let response: TransportResponse
            do {
                response = try await client.post(tokenURL, form: form, operation: Self.operation)
            } catch let error as PartnerCenterError where error.kind == .authentication && error.httpStatus == nil {
                // The token endpoint was unreachable: a network blip should not end a sign-in the person is
                // completing in a browser. Three in a row do.
                unreachableInARow += 1
                if unreachableInARow >= 3 { throw error }
                continue
            }
            unreachableInARow = 0
            if (200..<300).contains(response.status) {
                let tokens = try TokenResponse.grant(from: response, operation: Self.operation, now: now())
                guard tokens.refreshToken != nil else {
                    throw PartnerCenterError(
                        kind: .authentication, operation: Self.operation, httpStatus: response.status,
                        serviceDescription: "Entra ID returned no refresh token; the app registration must allow offline_access")
                }
                return tokens
            }
            let body = EntraErrorBody.read(response)
            switch body.error?.lowercased() {
            case "authorization_pending":
                continue
            case "slow_down":
                interval += 5
            default:
                throw body.failure(operation: Self.operation, status: response.status, secrets: secrets)
            }
        }
    }

    /// 1 to 32 ASCII letters, digits and '-', as Entra's codes (`BCDF-GHJK`) are.
    static func isPlainUserCode(_ code: String) -> Bool {
        (1...32).contains(code.utf8.count) && code.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
        }
    }

    /// The link as the server sent it, before URL parsing could percent-encode an escape sequence away.
    static func isPrintableASCII(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// https with a host, or http to a loopback host (the local sandbox).
    static func isSafeLink(_ url: URL) -> Bool {
        guard let host = url.host, !host.isEmpty else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return LoopbackHost.contains(host)
        default: return false
        }
    }
}
