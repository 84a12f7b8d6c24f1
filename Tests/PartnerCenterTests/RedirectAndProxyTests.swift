import Foundation
import PartnerCenter
import Testing

/// Redirects keep credentials at their origin; token endpoints follow none; proxies come from the environment.
struct RedirectAndProxyTests {
    private func redirect(_ status: Int = 302, to location: String) -> TransportResponse {
        TransportResponse(status: status, headers: ["Location": location], body: Data())
    }

    @Test("same-origin redirects keep the token; another host, port or scheme gets none")
    func redirectsKeepTheTokenHome() async throws {
        for (location, keepsToken) in [
            ("/v1/customers?page=2", true), ("https://pc.example.test:443/v1/customers", true),
            ("https://elsewhere.example.test/v1/customers", false), ("https://pc.example.test:8443/v1/customers", false),
        ] {
            let transport = ScriptedTransport([redirect(to: location), ScriptedTransport.json(200, #"{"totalCount":0,"items":[]}"#)])
            _ = try await PartnerCenterClient.scripted(transport).customers.list()
            let second = try #require(transport.sent.dropFirst().first)
            #expect((second.headers["Authorization"] != nil) == keepsToken, "\(location)")
            #expect(second.headers["MS-RequestId"] == transport.sent[0].headers["MS-RequestId"], "same request, same ID")
        }
    }

    @Test("https to http, a POST to another host, and endless redirects are not followed")
    func refusedRedirects() async throws {
        let downgrade = ScriptedTransport([redirect(to: "http://pc.example.test/v1/customers")])
        await #expect(throws: PartnerCenterError.self) { _ = try await PartnerCenterClient.scripted(downgrade).customers.list() }
        #expect(downgrade.sent.count == 1, "not retried, not followed")

        let post = TransportRequest(method: "POST", url: URL(string: "https://pc.example.test/v1/carts")!, headers: ["Authorization": "Bearer t"], body: Data("{}".utf8))
        #expect(throws: TransportFailure.self) { _ = try RedirectingTransport.follow(post, status: 307, location: "https://other.example.test/carts") }
        let samePost = try RedirectingTransport.follow(post, status: 307, location: "/v1/carts/2")
        #expect(samePost.method == "POST" && samePost.body == post.body && samePost.headers["Authorization"] == "Bearer t")
        let seeOther = try RedirectingTransport.follow(post, status: 303, location: "https://other.example.test/result")
        #expect(seeOther.method == "GET" && seeOther.body == nil && seeOther.headers["Authorization"] == nil)

        let loop = ScriptedTransport(Array(repeating: redirect(to: "/v1/customers"), count: 10))
        let error = await #expect(throws: PartnerCenterError.self) { _ = try await PartnerCenterClient.scripted(loop).customers.list() }
        #expect(error?.detail?.contains("redirects") == true, "\(String(describing: error))")
        #expect(loop.sent.count == 6, "the first request and five redirects, then stop")
    }

    @Test("a token endpoint that redirects fails the sign-in and the secret goes nowhere else")
    func tokenEndpointFollowsNoRedirect() async throws {
        let transport = ScriptedTransport([redirect(307, to: "https://collector.example.test/token")])
        let provider = ClientCredentialsTokenProvider(
            authority: URL(string: "https://login.example.test")!, tenant: "t", clientID: "c",
            clientSecret: "super-secret-value", transport: transport)
        await #expect(throws: (any Error).self) { _ = try await provider.accessToken(forceRefresh: false) }
        #expect(transport.sent.count == 1)
        #expect(transport.sent.allSatisfy { $0.url.host == "login.example.test" })
    }

    @Test("proxies: https and http variables, NO_PROXY by host, suffix and port, loopback always direct")
    func proxyEnvironment() throws {
        let proxies = try ProxyEnvironment(environment: [
            "HTTPS_PROXY": "http://user:p%40ss@proxy.corp:3128", "http_proxy": "proxy.corp:8080",
            "NO_PROXY": "internal.corp, .partner.test,10.1.2.3,api.example.test:8443",
        ])
        let secure = try #require(proxies.server(for: URL(string: "https://api.partnercenter.microsoft.com/v1")!))
        #expect(secure.host == "proxy.corp" && secure.port == 3128 && secure.username == "user" && secure.password == "p@ss")
        #expect(proxies.server(for: URL(string: "http://plain.example.test")!)?.port == 8080)
        for direct in [
            "https://internal.corp/x", "https://a.internal.corp/x", "https://pc.partner.test", "https://10.1.2.3",
            "https://api.example.test:8443", "http://127.0.0.1:9000", "http://localhost:1", "http://[::1]:80",
        ] {
            #expect(proxies.server(for: URL(string: direct)!) == nil, "\(direct) goes direct")
        }
        #expect(proxies.server(for: URL(string: "https://api.example.test")!) != nil, "the port limits that entry")
        #expect(try ProxyEnvironment(environment: ["NO_PROXY": "*", "HTTPS_PROXY": "http://p:1"]).server(for: URL(string: "https://x.test")!) == nil)
        #expect(throws: ProxyEnvironment.InvalidSetting.self) { _ = try ProxyEnvironment(environment: ["HTTPS_PROXY": "socks5://p:1080"]) }
    }

    @Test("a proxy setting pcres cannot use fails requests that need it, with the variable's name, not silently direct")
    func unusableProxy() async throws {
        let transport = AsyncHTTPClientTransport(environment: ["HTTPS_PROXY": "ftp://proxy:21"])
        defer { Task { try? await transport.shutdown() } }
        let error = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(TransportRequest(method: "GET", url: URL(string: "https://192.0.2.1/")!))
        }
        #expect(error?.reason.contains("HTTPS_PROXY") == true)
        #expect(error?.isRetryable == false)
    }
}
