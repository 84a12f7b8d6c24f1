import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct ProfileSetTests {
    private let sample = """
        # a comment
        current = "contoso"

        [profiles.contoso]
        tenant = "contoso.onmicrosoft.com"
        clientId = "11111111-2222-3333-4444-555555555555"
        secret = "env:CONTOSO_SECRET"
        readOnly = true
        theme = "mono"

        [profiles.gov]
        cloud = "usgov"
        tenant = "gov.example"
        clientId = "app"
        auth = "user"
        endpoint = "http://127.0.0.1:9/"
        """

    @Test("a hand-written file reads into profiles, the current one and the built-in sandbox")
    func readsFile() throws {
        let set = try ProfileSet.parse(sample)
        #expect(set.current == "contoso")
        let contoso = try set.profile(named: nil)
        #expect(contoso.name == "contoso" && contoso.isReadOnly && contoso.theme == "mono")
        #expect(contoso.secretSource == .environment(variable: "CONTOSO_SECRET"))
        let gov = try set.profile(named: "gov")
        #expect(gov.cloud == .usgov && gov.authMode == .user && gov.endpoint?.absoluteString == "http://127.0.0.1:9/")
        #expect(try set.profile(named: "sandbox").isBuiltInSandbox)
        #expect(set.all.map(\.name) == ["sandbox", "contoso", "gov"])
        #expect(throws: ProfileError.self) { try set.profile(named: "nope") }
    }

    @Test("no file means the built-in sandbox is current")
    func emptySet() throws {
        #expect(try ProfileSet().profile(named: nil) == .sandbox)
    }

    @Test("written text reads back to the same set")
    func roundTrip() throws {
        let set = try ProfileSet.parse(sample)
        #expect(try ProfileSet.parse(set.tomlText()) == set)
        var odd = ProfileSet()
        odd.profiles["q"] = Profile(name: "q", tenant: "a \"quoted\" tenant\\", clientID: "x", secretSource: .file(path: "/tmp/a b"))
        #expect(try ProfileSet.parse(odd.tomlText()) == odd)
        var insecure = ProfileSet()
        var lab = Profile(name: "lab", tenant: "t", clientID: "c", secretSource: .environment(variable: "S"), endpoint: URL(string: "http://10.0.0.5"))
        lab.allowsInsecureHTTP = true
        insecure.profiles["lab"] = lab
        #expect(insecure.tomlText().contains("allowInsecureHTTP = true"))
        #expect(try ProfileSet.parse(insecure.tomlText()).profiles["lab"]?.allowsInsecureHTTP == true)
    }

    @Test("mistakes are reported with the line they are on", arguments: [
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"env:S\"\ncloud = \"mars\"\n", 5, "cloud"),
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"hunter2\"\n", 4, "env:VARIABLE"),
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"env:S\"\nreadOnly = \"yes\"\n", 5, "readOnly"),
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"env:S\"\nallowInsecureHTTP = 1\n", 5, "allowInsecureHTTP must be true or false"),
        ("\n[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"env:S\"\ncolour = \"red\"\n", 6, "unknown key \"colour\""),
        ("[profiles.a]\ntenant = \"t\"\nsecret = \"env:S\"\n", 1, "clientId is missing"),
        ("current = \"b\"\n[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nsecret = \"env:S\"\n", 1, "not a profile"),
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nauth = \"app\"\n", 4, "needs secret"),
        ("[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nauth = \"user\"\nendpoint = \"ftp://x\"\n", 5, "http(s) URL"),
        ("[profiles.a]\ntenant = \"t\"\n\nclientId = = \"c\"\n", 4, "not valid TOML"),
        ("current = \"a\"\n\n[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nauth = \"robot\"\n", 6, "auth must be"),
    ])
    func mistakesHaveLines(source: String, line: Int, fragment: String) {
        do {
            _ = try ProfileSet.parse(source)
            Issue.record("expected an error for \(source)")
        } catch let error as ProfileError {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(fragment), "\(error)")
            #expect(error.description.hasPrefix("profiles.toml:\(line): "))
            #expect(!error.description.contains("hunter2"), "a pasted secret is never echoed")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
