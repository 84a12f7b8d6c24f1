import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// The sandbox's Entra-style sign-in endpoints at the HTTP level, as curl would see them.
struct TokenEndpointTests {
    struct Exchange {
        var status: Int
        var headers: [String: String]
        var body: Data
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
        var error: String? { json["error"] as? String }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func post(_ server: SandboxServer, _ path: String, _ form: String) async throws -> Exchange {
        let url = try #require(URL(string: server.baseURL.absoluteString + path))
        let response = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(
                method: "POST", url: url, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(form.utf8)))
        return Exchange(status: response.status, headers: response.headers, body: response.body)
    }

    static func get(_ server: SandboxServer, _ path: String, token: String? = nil) async throws -> Exchange {
        let url = try #require(URL(string: server.baseURL.absoluteString + path))
        let headers = token.map { ["Authorization": "Bearer \($0)"] } ?? [:]
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: "GET", url: url, headers: headers))
        return Exchange(status: response.status, headers: response.headers, body: response.body)
    }

    static func customersStatus(_ server: SandboxServer, token: String) async throws -> Int {
        try await get(server, "/v1/customers?size=1", token: token).status
    }

    /// Starts a device-code authorization; returns (device code, user code, answer).
    static func startDeviceCode(_ server: SandboxServer, extra: String = "") async throws -> (String, String, Exchange) {
        let exchange = try await post(
            server, "/sandbox/oauth2/v2.0/devicecode",
            "client_id=pcres-sandbox&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_impersonation+offline_access\(extra)")
        #expect(exchange.status == 200)
        return (try #require(exchange.json["device_code"] as? String), try #require(exchange.json["user_code"] as? String), exchange)
    }

    static func poll(_ server: SandboxServer, _ deviceCode: String) async throws -> Exchange {
        try await post(
            server, "/sandbox/oauth2/v2.0/token",
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=pcres-sandbox&device_code=\(deviceCode)")
    }

    @Test("client credentials on v1 (resource, string expires_in) and v2 (scope required, numeric expires_in); both tokens work on /v1")
    func clientCredentials() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let credentials = "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret"
        let v1 = try await Self.post(server, "/tenant-1/oauth2/token", credentials + "&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com")
        #expect(v1.status == 200)
        #expect(v1.json["expires_in"] as? String == "3600")
        #expect(v1.json["resource"] as? String == "https://api.partnercenter.microsoft.com")
        #expect(v1.json["refresh_token"] == nil)
        let v2 = try await Self.post(server, "/tenant-1/oauth2/v2.0/token", credentials + "&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2F.default")
        #expect(v2.status == 200)
        #expect(v2.json["expires_in"] as? Int == 3600)
        #expect(v2.json["scope"] as? String == "https://api.partnercenter.microsoft.com/.default")
        for token in [v1.json["access_token"], v2.json["access_token"]] {
            #expect(try await Self.customersStatus(server, token: try #require(token as? String)) == 200)
        }
        #expect(try await Self.post(server, "/tenant-1/oauth2/v2.0/token", credentials).error == "invalid_request", "v2 needs scope")
        let wrong = try await Self.post(server, "/tenant-1/oauth2/token", "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=nope")
        #expect(wrong.status == 401)
        #expect(wrong.error == "invalid_client")
        #expect(try await Self.post(server, "/t/oauth2/token", "grant_type=password&client_id=pcres-sandbox").error == "unsupported_grant_type")
        #expect(try await Self.post(server, "/t/oauth2/token", "client_id=pcres-sandbox").error == "invalid_request")
        // Malformed form bodies get an OAuth error, not a crash, and the sandbox keeps serving.
        for body in ["grant_type=%zz&client_id=%", "grant_type=client_credentials&client_id=<x> y#z", "&&=&"] {
            let exchange = try await Self.post(server, "/t/oauth2/token", body)
            #expect([400, 401].contains(exchange.status), "\(body)")
            #expect(exchange.error != nil)
        }
        #expect(try await Self.get(server, "/sandbox/device?user_code=%zz&approve=1").status == 404)
        #expect(try await Self.customersStatus(server, token: try #require(v1.json["access_token"] as? String)) == 200)
    }

    @Test("device code: pending, slow_down when polled too fast, approve by form POST, tokens once, the token works on /v1")
    func deviceCodeFlow() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let (deviceCode, userCode, start) = try await Self.startDeviceCode(server)
        #expect(start.json["verification_uri"] as? String == server.baseURL.absoluteString + "/sandbox/device")
        #expect(start.json["interval"] as? Int == 5)
        #expect(start.json["expires_in"] as? Int == 900)
        #expect(userCode.range(of: #"^[A-Z]{4}-[A-Z]{4}$"#, options: .regularExpression) != nil)
        #expect((start.json["message"] as? String)?.contains(userCode) == true)

        #expect(try await Self.poll(server, deviceCode).error == "authorization_pending")
        // The default 5 s can pass between two polls on a loaded machine; a code with a minute's interval cannot.
        let (slowCode, _, _) = try await Self.startDeviceCode(server, extra: "&sandbox_interval=60")
        #expect(try await Self.poll(server, slowCode).error == "authorization_pending")
        #expect(try await Self.poll(server, slowCode).error == "slow_down")

        let page = try await Self.get(server, "/sandbox/device")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<form method=\"post\" action=\"/sandbox/device\">"))
        #expect(page.text.contains("name=\"user_code\""))

        let approval = try await Self.post(server, "/sandbox/device", "user_code=\(userCode)")
        #expect(approval.status == 200)
        #expect(approval.text.contains("Approved"))
        #expect(try await Self.post(server, "/sandbox/device", "user_code=\(userCode)").status == 409, "already decided")

        let tokens = try await Self.poll(server, deviceCode)
        #expect(tokens.status == 200)
        let access = try #require(tokens.json["access_token"] as? String)
        #expect(tokens.json["refresh_token"] is String)
        #expect(try await Self.customersStatus(server, token: access) == 200)
        #expect(try await Self.poll(server, deviceCode).error == "bad_verification_code", "a device code is redeemed once")
    }

    @Test("refresh tokens rotate on v1 and v2: the old one gets invalid_grant, the new one works")
    func refreshRotation() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let (deviceCode, userCode, _) = try await Self.startDeviceCode(server)
        #expect(try await Self.get(server, "/sandbox/device?user_code=\(userCode)&approve=1").status == 200)
        let first = try #require(try await Self.poll(server, deviceCode).json["refresh_token"] as? String)

        let v1 = try await Self.post(
            server, "/sandbox/oauth2/token",
            "grant_type=refresh_token&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com&client_id=pcres-sandbox"
                + "&refresh_token=\(first)&scope=openid")
        #expect(v1.status == 200)
        #expect(v1.json["expires_in"] as? String == "3600")
        let second = try #require(v1.json["refresh_token"] as? String)
        #expect(second != first)
        #expect(try await Self.customersStatus(server, token: try #require(v1.json["access_token"] as? String)) == 200)

        let replay = try await Self.post(server, "/sandbox/oauth2/token", "grant_type=refresh_token&client_id=pcres-sandbox&refresh_token=\(first)")
        #expect(replay.status == 400)
        #expect(replay.error == "invalid_grant")

        let v2 = try await Self.post(
            server, "/sandbox/oauth2/v2.0/token",
            "grant_type=refresh_token&client_id=pcres-sandbox&client_secret=sandbox-secret&refresh_token=\(second)"
                + "&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_impersonation+offline_access")
        #expect(v2.status == 200)
        #expect(v2.json["expires_in"] as? Int == 3600)
        #expect((v2.json["refresh_token"] as? String).map { $0 != second } == true)
        #expect(try await Self.post(server, "/sandbox/oauth2/token", "grant_type=refresh_token&client_id=pcres-sandbox&refresh_token=made-up").error == "invalid_grant")
        let wrongSecret = try await Self.post(
            server, "/sandbox/oauth2/token", "grant_type=refresh_token&client_id=pcres-sandbox&client_secret=x&refresh_token=\(second)")
        #expect(wrongSecret.error == "invalid_client")
    }

    @Test("denying a code (GET ?deny=1 or POST action=deny) makes the poll answer authorization_declined")
    func deny() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let (deviceCode, userCode, _) = try await Self.startDeviceCode(server)
        let denial = try await Self.get(server, "/sandbox/device?user_code=\(userCode.lowercased())&deny=1")
        #expect(denial.status == 200)
        #expect(denial.text.contains("Denied"))
        #expect(try await Self.poll(server, deviceCode).error == "authorization_declined")

        let (otherCode, otherUser, _) = try await Self.startDeviceCode(server)
        // Codes are accepted without the hyphen and in lower case, as people type them.
        let typed = otherUser.replacingOccurrences(of: "-", with: "").lowercased()
        #expect(try await Self.post(server, "/sandbox/device", "user_code=\(typed)&action=deny").status == 200)
        #expect(try await Self.poll(server, otherCode).error == "authorization_declined")

        #expect(try await Self.post(server, "/sandbox/device", "user_code=ZZZZ-ZZZZ").status == 404)
        #expect(try await Self.post(server, "/sandbox/device", "").status == 400)
        let hostile = try await Self.post(server, "/sandbox/device", "user_code=%3Cscript%3E")
        #expect(!hostile.text.contains("<script>"), "the page escapes what it echoes")
    }

    @Test("a short-lived code (sandbox_expires_in) expires: expired_token on poll, 410 on approval")
    func expiry() async throws {
        var configuration = SandboxConfiguration()
        let clock = SandboxClock.manual(at: Date(timeIntervalSince1970: 1_800_000_000))
        configuration.clock = clock
        let server = try await SandboxServer.start(configuration)
        defer { Task { await server.stop() } }
        let (fastCode, _, fast) = try await Self.startDeviceCode(server, extra: "&sandbox_interval=0")
        #expect(fast.json["interval"] as? Int == 0)
        #expect(try await Self.poll(server, fastCode).error == "authorization_pending")
        #expect(try await Self.poll(server, fastCode).error == "authorization_pending", "interval 0: no slow_down")

        let (deviceCode, userCode, start) = try await Self.startDeviceCode(server, extra: "&sandbox_expires_in=1")
        #expect(start.json["expires_in"] as? Int == 1)
        #expect(try await Self.poll(server, deviceCode).error == "authorization_pending", "not expired while the clock stands")
        clock.advance(by: 1.2)
        #expect(try await Self.poll(server, deviceCode).error == "expired_token")
        #expect(try await Self.post(server, "/sandbox/device", "user_code=\(userCode)").status == 410)
        #expect(try await Self.post(server, "/sandbox/oauth2/v2.0/devicecode", "client_id=pcres-sandbox&sandbox_expires_in=0").error == "invalid_request")
        #expect(try await Self.post(server, "/sandbox/oauth2/v2.0/devicecode", "client_id=someone-else").error == "invalid_client")
    }
}
