import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The sandbox at the HTTP level, as curl would see it.
struct SandboxHTTPTests {
    struct Exchange {
        var status: Int
        var headers: [String: String]
        var body: Data
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    }

    static func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> Exchange {
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: method, url: url, headers: headers, body: body))
        return Exchange(status: response.status, headers: response.headers, body: response.body)
    }

    static func token(_ server: SandboxServer) async throws -> String {
        let form = "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret"
        let exchange = try await send(
            "POST", server.baseURL.appendingPathComponent("sandbox/oauth2/token"),
            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(form.utf8))
        return try #require(exchange.json?["access_token"] as? String)
    }

    @Test("a /v1 call without a sandbox-issued token gets 401 with the documented body and WWW-Authenticate")
    func unauthorized() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        for headers in [[:], ["Authorization": "Bearer made-up"]] {
            let exchange = try await Self.send("GET", server.baseURL.appendingPathComponent("v1/customers"), headers: headers)
            #expect(exchange.status == 401)
            #expect(exchange.json?["code"] as? String == "800001")
            #expect(exchange.json?["source"] as? String == "PartnerCenterSandbox")
            #expect(exchange.headers["www-authenticate"]?.hasPrefix("OAuth realm=") == true)
        }
    }

    @Test("every answer says it is the pcres sandbox: success, 401, 404 and the token endpoint")
    func saysItIsTheSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let token = try await Self.token(server)
        let base = server.baseURL.absoluteString
        let exchanges = [
            try await Self.send("GET", try #require(URL(string: base + "/v1/customers")), headers: ["Authorization": "Bearer \(token)"]),
            try await Self.send("GET", try #require(URL(string: base + "/v1/customers"))),
            try await Self.send("GET", try #require(URL(string: base + "/"))),
            try await Self.send("POST", server.baseURL.appendingPathComponent("sandbox/oauth2/token"), body: Data("grant_type=x".utf8)),
        ]
        #expect(exchanges.map(\.status) == [200, 401, 404, 400])
        for exchange in exchanges { #expect(exchange.headers["x-pcres-sandbox"] == "1") }
    }

    @Test("bad input gets the documented error body: unknown route, wrong method, bad size, missing continuation token")
    func badInput() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let auth = ["Authorization": "Bearer \(try await Self.token(server))", "MS-RequestId": "req-1", "MS-CorrelationId": "cor-1"]
        let base = server.baseURL.absoluteString
        let cases: [(String, String, Int)] = [
            ("GET", "/v1/nothing-here", 404),
            ("DELETE", "/v1/customers", 404),
            ("GET", "/v1/customers?size=0", 400),
            ("GET", "/v1/customers?size=abc", 400),
            ("GET", "/v1/customers?size=5&seekOperation=Next", 400),
            ("GET", "/v1/customers?filter=notjson", 400),
        ]
        for (method, path, status) in cases {
            let exchange = try await Self.send(method, try #require(URL(string: base + path)), headers: auth)
            #expect(exchange.status == status, "\(method) \(path)")
            #expect(exchange.json?["code"] is String, "\(method) \(path) has a code")
            #expect((exchange.json?["description"] as? String)?.isEmpty == false, "\(method) \(path) has a description")
            #expect(exchange.json?["data"] is [Any])
            #expect(exchange.headers["ms-requestid"] == "req-1", "the request ID is echoed on errors too")
            #expect(exchange.headers["ms-correlationid"] == "cor-1")
        }
    }

    @Test("the token endpoint refuses a wrong secret and an unsupported grant, Entra-style")
    func tokenEndpointRefusals() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let url = server.baseURL.appendingPathComponent("tenant/oauth2/v2.0/token")
        let wrong = try await Self.send("POST", url, body: Data("grant_type=client_credentials&client_id=pcres-sandbox&client_secret=nope".utf8))
        #expect(wrong.status == 401)
        #expect(wrong.json?["error"] as? String == "invalid_client")
        #expect(String(decoding: wrong.body, as: UTF8.self).contains("nope") == false, "the secret is never echoed")
        let grant = try await Self.send("POST", url, body: Data("grant_type=password".utf8))
        #expect(grant.status == 400)
        #expect(grant.json?["error"] as? String == "unsupported_grant_type")
    }

    @Test("an oversized body is refused with 413 and the documented shape")
    func oversizedBody() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let exchange = try await Self.send(
            "POST", server.baseURL.appendingPathComponent("sandbox/oauth2/token"), body: Data(repeating: 0x61, count: 200_000))
        #expect(exchange.status == 413)
        #expect(exchange.json?["code"] as? String == "800002")
    }
}
