import Foundation
import PartnerCenter
import Testing

/// Secrets never show: the wrapper, token values, and errors built from Entra answers that echo them.
struct AuthSecretTests {
    @Test("Secret, SignInTokens, TokenCacheEntry and AccessToken describe themselves without the secret text")
    func descriptions() {
        let secret = Secret("hunter2-very-secret")
        #expect("\(secret)" == "[redacted]")
        #expect(String(reflecting: secret) == "[redacted]")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        let tokens = SignInTokens(accessToken: AccessToken(value: "eyJ-access-value", expiresOn: .distantFuture), refreshToken: secret)
        let entry = TokenCacheEntry(refreshToken: secret, accessToken: tokens.accessToken)
        for text in ["\(tokens)", String(reflecting: tokens), "\(entry)", String(reflecting: entry)] {
            #expect(!text.contains("hunter2"))
            #expect(!text.contains("eyJ-access-value"))
        }
    }

    @Test("errors from Entra that echo the client secret, refresh token or device code never contain them")
    func errorsScrubSecrets() async throws {
        let clientSecret = "cs-Q8~abcdefSECRET"
        let refreshToken = "0.ARwA-refresh-SECRET-value"
        let echo = "AADSTS70000: Invalid grant for \(clientSecret) with refresh token \(refreshToken).\nTrace ID: x"

        let appOnly = ClientCredentialsTokenProvider(
            cloud: .global, tenant: "t", clientID: "app", clientSecret: Secret(clientSecret),
            transport: ScriptedTransport([
                AuthTestSupport.oauthError("invalid_client", "AADSTS7000215: Invalid client secret provided: \(clientSecret).\nTrace ID: x")
            ]))
        let key = TokenCacheKey(cloud: .global, tenant: "t", clientID: "app")
        let user = RefreshTokenProvider(
            cloud: .global, tenant: "t", clientID: "app", clientSecret: Secret(clientSecret),
            cache: InMemoryTokenCache([key: TokenCacheEntry(refreshToken: Secret(refreshToken))]),
            transport: ScriptedTransport([AuthTestSupport.oauthError("invalid_grant", echo)]))
        let device = DeviceCodeSignIn(
            cloud: .global, tenant: "t", clientID: "app", clientSecret: Secret(clientSecret),
            transport: ScriptedTransport([
                AuthTestSupport.deviceCodeAnswer,
                AuthTestSupport.oauthError("bad_verification_code", "Code DEVICE-CODE-SECRET-123 and \(clientSecret) unknown"),
            ]), sleep: { _ in })

        func failure(_ body: () async throws -> Void) async -> PartnerCenterError? {
            do {
                try await body()
                return nil
            } catch {
                return error as? PartnerCenterError
            }
        }
        let errors = [
            await failure { _ = try await appOnly.accessToken(forceRefresh: false) },
            await failure { _ = try await user.accessToken(forceRefresh: false) },
            await failure { _ = try await device.signIn { _ in } },
        ].compactMap { $0 }
        #expect(errors.count == 3)
        for error in errors {
            let texts = [error.summary, error.description, String(reflecting: error), error.detail ?? "", error.serviceDescription ?? ""]
            for text in texts {
                #expect(!text.contains(clientSecret))
                #expect(!text.contains(refreshToken))
                #expect(!text.contains("DEVICE-CODE-SECRET-123"))
                #expect(!text.contains("\n"), "first line only")
            }
            #expect(error.kind == .authentication)
        }
        #expect(errors[0].detail?.contains("AADSTS7000215") == true, "Entra's first line is kept, scrubbed")
        #expect(errors[0].detail?.contains("[redacted]") == true)
    }
}
