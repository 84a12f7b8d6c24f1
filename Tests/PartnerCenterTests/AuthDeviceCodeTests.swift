import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// Device-code sign-in: against the sandbox over HTTP, and against scripted Entra answers.
struct AuthDeviceCodeTests {
    /// Records the sleeps asked for; runs `action` on the n-th sleep (1-based).
    final class Sleeper: @unchecked Sendable {
        private let lock = NSLock()
        private var delays: [TimeInterval] = []
        private let onSleep: @Sendable (Int) async throws -> Void

        init(onSleep: @escaping @Sendable (Int) async throws -> Void = { _ in }) { self.onSleep = onSleep }

        var recorded: [TimeInterval] { lock.withLock { delays } }
        var sleep: @Sendable (TimeInterval) async throws -> Void {
            { [self] seconds in
                let count = lock.withLock {
                    delays.append(seconds)
                    return delays.count
                }
                try await onSleep(count)
            }
        }
    }

    final class PromptBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: DeviceCodePrompt?
        var prompt: DeviceCodePrompt? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    @Test("device code happy path: the prompt arrives by callback, approval over HTTP completes the poll, the token works on /v1/customers")
    func happyPathAgainstSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let box = PromptBox()
        let sleeper = Sleeper()
        let signIn = DeviceCodeSignIn(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            transport: AsyncHTTPClientTransport.shared, sleep: sleeper.sleep)
        let tokens = try await signIn.signIn { prompt in
            box.prompt = prompt
            let status = try? await AuthTestSupport.decide(prompt, approve: true)
            #expect(status == 200)
        }
        let prompt = try #require(box.prompt)
        #expect(prompt.verificationURL.absoluteString == server.baseURL.absoluteString + "/sandbox/device")
        #expect(prompt.userCode.range(of: #"^[A-Z]{4}-[A-Z]{4}$"#, options: .regularExpression) != nil)
        #expect(prompt.message?.contains(prompt.userCode) == true)
        #expect(sleeper.recorded == [5], "one interval, then the approved poll")
        #expect(tokens.refreshToken != nil)
        let page = try await AuthTestSupport.client(server, token: tokens.accessToken).customers.list(size: 3)
        #expect(page.items.count == 3)
    }

    @Test("polls before approval get authorization_pending; polling too fast gets slow_down and the interval grows by 5 s")
    func pendingAndSlowDownAgainstSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let box = PromptBox()
        // The injected sleep returns at once, so the sandbox sees the second poll inside its 5 s interval.
        let sleeper = Sleeper { count in
            if count == 3, let prompt = box.prompt { try await AuthTestSupport.decide(prompt, approve: true) }
        }
        let transport = RecordingTransport()
        let signIn = DeviceCodeSignIn(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            transport: transport, sleep: sleeper.sleep)
        let tokens = try await signIn.signIn { prompt in box.prompt = prompt }
        #expect(sleeper.recorded == [5, 5, 10])
        let errors = transport.responses.compactMap { (try? JSONSerialization.jsonObject(with: $0.body)) as? [String: Any] }
            .compactMap { $0["error"] as? String }
        #expect(errors == ["authorization_pending", "slow_down"])
        #expect(tokens.refreshToken != nil)
    }

    @Test("scripted Entra: pending and slow_down keep polling with the v2 device_code grant, then tokens")
    func scriptedPolling() async throws {
        let transport = ScriptedTransport([
            AuthTestSupport.deviceCodeAnswer, AuthTestSupport.oauthError("authorization_pending"),
            AuthTestSupport.oauthError("slow_down"), AuthTestSupport.oauthError("authorization_pending"),
            AuthTestSupport.token("at-1", refresh: "rt-1"),
        ])
        let sleeper = Sleeper()
        let signIn = DeviceCodeSignIn(
            cloud: .global, tenant: "contoso.onmicrosoft.com", clientID: "app-1", transport: transport, sleep: sleeper.sleep)
        let tokens = try await signIn.signIn { _ in }
        #expect(sleeper.recorded == [5, 5, 10, 10])
        #expect(tokens.accessToken.value == "at-1")
        #expect(tokens.refreshToken?.revealedValue == "rt-1")
        let requests = transport.sent
        #expect(requests[0].url.absoluteString == "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode")
        let start = AuthTestSupport.form(requests[0])
        #expect(start["client_id"] == "app-1")
        #expect(start["scope"]?.split(separator: " ").contains("offline_access") == true)
        #expect(requests[1].url.absoluteString == "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")
        let poll = AuthTestSupport.form(requests[1])
        #expect(poll["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code")
        #expect(poll["device_code"] == "DEVICE-CODE-SECRET-123")
        #expect(poll["client_secret"] == nil, "a public client sends no secret")
    }

    @Test("a user code with escape sequences, or a sign-in link that is not https, is refused before anything is shown")
    func hostilePrompt() async throws {
        let answers: [(code: String, link: String, field: String)] = [
            (#"\u001b]0;pwned\u0007BCDF"#, "https://microsoft.com/devicelogin", "user_code"),
            (#"\u001b]52;c;ZXZpbA==\u0007"#, "https://microsoft.com/devicelogin", "user_code"),
            ("BCDF GHJK", "https://microsoft.com/devicelogin", "user_code"),
            (String(repeating: "A", count: 33), "https://microsoft.com/devicelogin", "user_code"),
            ("BCDF-GHJK", "http://evil.example/devicelogin", "verification_uri"),
            ("BCDF-GHJK", "javascript:alert(1)", "verification_uri"),
            ("BCDF-GHJK", #"https://microsoft.com/device\u001b[2Jlogin"#, "verification_uri"),
        ]
        for (code, link, field) in answers {
            let transport = ScriptedTransport([ScriptedTransport.json(
                200, #"{"device_code":"D","user_code":"\#(code)","verification_uri":"\#(link)","expires_in":900,"interval":5}"#)])
            let signIn = DeviceCodeSignIn(cloud: .global, tenant: "t", clientID: "app-1", transport: transport, sleep: { _ in })
            let shown = PromptBox()
            let error = await #expect(throws: PartnerCenterError.self) { try await signIn.signIn { shown.prompt = $0 } }
            #expect(error?.kind == .malformedResponse(field: field), "\(code) \(link)")
            #expect(shown.prompt == nil, "nothing was shown for \(code) \(link)")
            #expect(transport.sent.count == 1, "no poll after a refused prompt")
        }
        let loopback = ScriptedTransport([
            ScriptedTransport.json(200, #"{"device_code":"D","user_code":"AB-12","verification_uri":"http://127.0.0.1:8080/sandbox/devicelogin","expires_in":900,"interval":5}"#),
            AuthTestSupport.token("at-1", refresh: "rt-1"),
        ])
        let local = DeviceCodeSignIn(cloud: .global, tenant: "t", clientID: "app-1", transport: loopback, sleep: { _ in })
        #expect(try await local.signIn { _ in }.accessToken.value == "at-1", "the local sandbox's http link is accepted")
    }

    @Test("the code expiring ends the sign-in: locally by the clock without another poll, or by the server's expired_token")
    func expired() async throws {
        // Local deadline: the code lives 900 s; each sleep moves the clock; no poll is sent after expiry.
        let clock = ManualClock()
        let pending = (0..<200).map { _ in Optional(AuthTestSupport.oauthError("authorization_pending")) }
        let transport = ScriptedTransport([AuthTestSupport.deviceCodeAnswer] + pending)
        let signIn = DeviceCodeSignIn(
            cloud: .global, tenant: "t", clientID: "app-1", transport: transport, now: clock.now,
            sleep: { seconds in clock.advance(seconds) })
        let error = await #expect(throws: PartnerCenterError.self) { try await signIn.signIn { _ in } }
        #expect(error?.kind == .authentication)
        #expect(error?.code == "expired_token")
        #expect(error?.summary.contains("the device code expired; run pcres login again") == true)
        #expect(transport.sent.count == 1 + 179, "polls at 5…895 s; none at 900 s")

        // Server says so.
        let server = ScriptedTransport([AuthTestSupport.deviceCodeAnswer, AuthTestSupport.oauthError("expired_token")])
        let serverSide = DeviceCodeSignIn(cloud: .global, tenant: "t", clientID: "app-1", transport: server, sleep: { _ in })
        let serverError = await #expect(throws: PartnerCenterError.self) { try await serverSide.signIn { _ in } }
        #expect(serverError?.serviceDescription == "the device code expired; run pcres login again")
    }

    @Test("the sandbox expires a short-lived code: expired_token after its lifetime")
    func expiredAgainstSandbox() async throws {
        // The sandbox's clock is moved, not waited for: the client's pause between polls advances it 1.2 s.
        var configuration = SandboxConfiguration()
        let clock = SandboxClock.manual(at: Date())
        configuration.clock = clock
        let server = try await SandboxServer.start(configuration)
        defer { Task { await server.stop() } }
        let transport = RewritingTransport(extraDeviceCodeFields: "sandbox_expires_in=1&sandbox_interval=0")
        // The client's clock is frozen, so only the sandbox decides the code expired.
        let frozen = Date()
        let signIn = DeviceCodeSignIn(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, transport: transport,
            now: { frozen }, sleep: { _ in clock.advance(by: 1.2) })
        let error = await #expect(throws: PartnerCenterError.self) { try await signIn.signIn { _ in } }
        #expect(error?.code == "expired_token")
        #expect(error?.summary.contains("run pcres login again") == true)
        #expect(transport.tokenPolls == 1)
    }

    @Test("a denied code ends the sign-in with a plain-English reason (sandbox authorization_declined, Entra access_denied)")
    func denied() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let signIn = DeviceCodeSignIn(
            cloud: AuthTestSupport.cloud(server), tenant: "sandbox", clientID: SandboxTokenIssuer.clientID,
            transport: AsyncHTTPClientTransport.shared, sleep: { _ in })
        let error = await #expect(throws: PartnerCenterError.self) {
            try await signIn.signIn { prompt in _ = try? await AuthTestSupport.decide(prompt, approve: false) }
        }
        #expect(error?.kind == .authentication)
        #expect(error?.code == "authorization_declined")
        #expect(error?.summary.contains("declined on the verification page") == true)

        let scripted = ScriptedTransport([AuthTestSupport.deviceCodeAnswer, AuthTestSupport.oauthError("access_denied")])
        let entra = DeviceCodeSignIn(cloud: .global, tenant: "t", clientID: "app-1", transport: scripted, sleep: { _ in })
        let entraError = await #expect(throws: PartnerCenterError.self) { try await entra.signIn { _ in } }
        #expect(entraError?.code == "access_denied")
        #expect(entraError?.serviceDescription?.contains("declined") == true)
    }

    @Test("cancelling the task stops polling with a .cancelled error")
    func cancellation() async throws {
        let transport = CountingTransport { number in
            number == 1 ? AuthTestSupport.deviceCodeAnswer : AuthTestSupport.oauthError("authorization_pending")
        }
        let signIn = DeviceCodeSignIn(
            cloud: .global, tenant: "t", clientID: "app-1", transport: transport,
            sleep: { _ in try await Task.sleep(nanoseconds: 5_000_000) })
        let task = Task { try await signIn.signIn { _ in } }
        while transport.requestCount < 4 { try await Task.sleep(nanoseconds: 2_000_000) }
        task.cancel()
        let result = await task.result
        #expect(throws: PartnerCenterError(kind: .cancelled, operation: "device code sign-in")) { try result.get() }
        let stopped = transport.requestCount
        try await Task.sleep(nanoseconds: 50_000_000)
        #expect(transport.requestCount == stopped, "no poll after cancellation")
    }

    @Test("US Government signs in at login.microsoftonline.us")
    func usGovernmentAuthority() async throws {
        let transport = ScriptedTransport([AuthTestSupport.deviceCodeAnswer, AuthTestSupport.token("at", refresh: "rt")])
        let signIn = DeviceCodeSignIn(cloud: .usGovernment, tenant: "fabrikam.us", clientID: "app-1", transport: transport, sleep: { _ in })
        _ = try await signIn.signIn { _ in }
        #expect(transport.sent.map(\.url.absoluteString) == [
            "https://login.microsoftonline.us/fabrikam.us/oauth2/v2.0/devicecode",
            "https://login.microsoftonline.us/fabrikam.us/oauth2/v2.0/token",
        ])
        #expect(CloudEnvironment.usGovernment.endpoint == CloudEnvironment.global.endpoint, "same REST endpoint (§1.1)")
    }

    @Test("a token answer without a refresh token is an error that mentions offline_access")
    func missingRefreshToken() async throws {
        let transport = ScriptedTransport([AuthTestSupport.deviceCodeAnswer, AuthTestSupport.token("at")])
        let signIn = DeviceCodeSignIn(cloud: .global, tenant: "t", clientID: "app-1", transport: transport, sleep: { _ in })
        let error = await #expect(throws: PartnerCenterError.self) { try await signIn.signIn { _ in } }
        #expect(error?.summary.contains("offline_access") == true)
    }
}
