import ReservationsCore
import Testing

/// Which badge a server earns: Microsoft's hosts by name, a sandbox only by what it answers.
struct ServerKindTests {
    @Test("Microsoft's hosts, global and US Government, are Microsoft in any case and with a trailing dot", arguments: [
        "api.partnercenter.microsoft.com", "API.PartnerCenter.Microsoft.COM", "api.partner.microsoft.com", "graph.microsoft.com",
        "microsoft.com", "login.microsoftonline.com", "login.microsoftonline.us", "graph.microsoft.us",
        "management.usgovcloudapi.net", "api.partnercenter.microsoft.com.",
    ])
    func microsoft(host: String) {
        #expect(ServerKind.classify(host: host) == .microsoft)
    }

    @Test("look-alikes, loopback and other hosts are other", arguments: [
        "evilmicrosoft.com", "microsoft.com.example", "api.partnercenter.microsoft.com.attacker.test", "microsoft.co",
        "127.0.0.1", "localhost", "::1", "partnercenter.contoso.example", "",
    ])
    func other(host: String) {
        #expect(ServerKind.classify(host: host) == .other)
    }

    @Test("a server that answers with X-Pcres-Sandbox: 1 is a sandbox, but never a Microsoft host")
    func saysSandbox() {
        #expect(ServerKind.classify(host: "127.0.0.1", responseHeaders: ["x-pcres-sandbox": "1"]) == .sandbox)
        #expect(ServerKind.classify(host: "training.contoso.example", responseHeaders: ["X-Pcres-Sandbox": "1"]) == .sandbox)
        #expect(ServerKind.classify(host: "127.0.0.1", responseHeaders: ["x-pcres-sandbox": "0"]) == .other)
        #expect(ServerKind.classify(host: "127.0.0.1", responseHeaders: [:]) == .other)
        #expect(ServerKind.classify(host: "api.partnercenter.microsoft.com", responseHeaders: ["x-pcres-sandbox": "1"]) == .microsoft)
        #expect(ServerKind.builtInSandbox.isSandbox && ServerKind.sandbox.isSandbox)
        #expect(!ServerKind.microsoft.isSandbox && !ServerKind.other.isSandbox)
    }
}
