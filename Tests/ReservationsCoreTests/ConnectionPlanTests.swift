import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct ConnectionPlanTests {
    private let profile = Profile(
        name: "contoso", cloud: .usgov, tenant: "contoso.example", clientID: "app", authMode: .app,
        secretSource: .environment(variable: "CONTOSO_SECRET"))

    @Test("the built-in sandbox starts in-process unless PCRES_ENDPOINT is set")
    func sandbox() throws {
        #expect(try ConnectionPlan.make(profile: .sandbox, environment: [:]).startsSandbox)
        let remote = try ConnectionPlan.make(profile: .sandbox, environment: [
            "PCRES_ENDPOINT": "http://127.0.0.1:8080", "PCRES_CLIENT_ID": "pcres-sandbox", "PCRES_CLIENT_SECRET": "x",
        ])
        #expect(!remote.startsSandbox && remote.tenant == "sandbox" && remote.cloud.authority.absoluteString == "http://127.0.0.1:8080")
        #expect(throws: ProfileError.self) { try ConnectionPlan.make(profile: .sandbox, environment: ["PCRES_ENDPOINT": "http://h"]) }
    }

    @Test("a profile uses its cloud, and the environment overrides every field")
    func overrides() throws {
        let plain = try ConnectionPlan.make(profile: profile, environment: ["CONTOSO_SECRET": "from-profile"])
        #expect(plain.cloud.authority.absoluteString == "https://login.microsoftonline.us")
        #expect(plain.tenant == "contoso.example" && plain.clientID == "app")
        guard case .app(let secret) = plain.credentials else { Issue.record("not app"); return }
        #expect(secret.revealedValue == "from-profile")

        let overridden = try ConnectionPlan.make(profile: profile, environment: [
            "CONTOSO_SECRET": "from-profile", "PCRES_ENDPOINT": "https://e.test", "PCRES_AUTHORITY": "https://a.test",
            "PCRES_TENANT": "t2", "PCRES_CLIENT_ID": "c2", "PCRES_CLIENT_SECRET": "from-env",
        ])
        #expect(overridden.endpoint?.absoluteString == "https://e.test" && overridden.cloud.authority.absoluteString == "https://a.test")
        #expect(overridden.tenant == "t2" && overridden.clientID == "c2")
        guard case .app(let envSecret) = overridden.credentials else { Issue.record("not app"); return }
        #expect(envSecret.revealedValue == "from-env")
        #expect(overridden.cloud.name == "usGovernment", "the token cache key keeps the cloud")
    }

    @Test("the plan names the overrides in force; a secret from the environment alone is none, nor is the sandbox's unused tenant")
    func overridesInForce() throws {
        #expect(try ConnectionPlan.make(profile: profile, environment: ["CONTOSO_SECRET": "s", "PCRES_CLIENT_SECRET": "e"]).overrides.isEmpty)
        let tenant = try ConnectionPlan.make(profile: profile, environment: ["CONTOSO_SECRET": "s", "PCRES_TENANT": "t2", "PCRES_ENDPOINT": ""])
        #expect(tenant.overrides == ["PCRES_TENANT"], "an empty variable is not set")
        #expect(try ConnectionPlan.make(profile: .sandbox, environment: ["PCRES_TENANT": "t2"]).overrides.isEmpty)
        let remote = try ConnectionPlan.make(profile: .sandbox, environment: [
            "PCRES_ENDPOINT": "http://127.0.0.1:8080", "PCRES_CLIENT_ID": "pcres-sandbox", "PCRES_CLIENT_SECRET": "x",
        ])
        #expect(remote.overrides == ["PCRES_ENDPOINT", "PCRES_CLIENT_ID"])
    }

    @Test("plain http goes only to this machine unless the profile allows it; what it allows is listed for the warning")
    func plainHTTP() throws {
        let secret = ["CONTOSO_SECRET": "s"]
        var remote = profile
        remote.endpoint = URL(string: "http://192.0.2.2:8080")
        let refusal = #expect(throws: ProfileError.self) { try ConnectionPlan.make(profile: remote, environment: secret) }
        #expect(refusal?.message.contains("plain http to a host that is not this machine") == true)
        #expect(refusal?.message.contains("allowInsecureHTTP = true") == true)
        #expect(throws: ProfileError.self, "the authority too") {
            try ConnectionPlan.make(profile: profile, environment: secret.merging(["PCRES_AUTHORITY": "http://login.example"]) { $1 })
        }
        #expect(throws: ProfileError.self, "an override on the sandbox profile too") {
            try ConnectionPlan.make(profile: .sandbox, environment: [
                "PCRES_ENDPOINT": "http://192.0.2.2", "PCRES_CLIENT_ID": "c", "PCRES_CLIENT_SECRET": "x",
            ])
        }
        remote.allowsInsecureHTTP = true
        let allowed = try ConnectionPlan.make(profile: remote, environment: secret)
        #expect(allowed.insecureURLs.map(\.absoluteString) == ["http://192.0.2.2:8080"])
        for loopback in ["http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:8080", "https://api.partnercenter.microsoft.com"] {
            var local = profile
            local.endpoint = URL(string: loopback)
            #expect(try ConnectionPlan.make(profile: local, environment: secret).insecureURLs.isEmpty, "\(loopback)")
        }
    }

    @Test("an app profile without its secret is an error; a user profile needs none")
    func missingSecret() throws {
        #expect(throws: ProfileError.self) { try ConnectionPlan.make(profile: profile, environment: [:]) }
        var user = profile
        user.authMode = .user
        user.secretSource = nil
        guard case .user(let secret) = try ConnectionPlan.make(profile: user, environment: [:]).credentials else {
            Issue.record("not user")
            return
        }
        #expect(secret == nil)
    }
}
