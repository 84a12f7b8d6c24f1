import Foundation
import PartnerCenter
import ReservationsCore
import Testing

struct LedgerConfigurationTests {
    @Test("a loopback ledger needs no TLS, any other host requires it")
    func tlsRule() throws {
        let local = try LedgerConfiguration.parse("postgres://pcres@127.0.0.1:6543/team", origin: "PCRES_LEDGER")
        #expect(local.username == "pcres" && local.host == "127.0.0.1" && local.port == 6543 && local.database == "team")
        #expect(!local.requiresTLS)
        #expect(!(try LedgerConfiguration.parse("postgres://pcres@localhost/team", origin: "x")).requiresTLS)
        let remote = try LedgerConfiguration.parse("postgresql://pcres@db.example.com/team", origin: "x")
        #expect(remote.requiresTLS && remote.port == 5432)
        #expect(remote.description == "postgres://pcres@db.example.com:5432/team (TLS)")
    }

    @Test("a password in the URL is refused without being echoed; malformed URLs name the shape")
    func passwordInURL() {
        do {
            _ = try LedgerConfiguration.parse("postgres://pcres:hunter2-secret@db.example.com/team", origin: "PCRES_LEDGER")
            Issue.record("a password in the URL was accepted")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
            #expect("\(error)".contains("ledgerPassword"))
        }
        #expect(throws: ProfileError.self) { try LedgerConfiguration.parse("mysql://pcres@db/team", origin: "x") }
        #expect(throws: ProfileError.self) { try LedgerConfiguration.parse("postgres://db.example.com/team", origin: "x") }
        #expect(throws: ProfileError.self) { try LedgerConfiguration.parse("postgres://pcres@db.example.com/", origin: "x") }
    }

    @Test("PCRES_LEDGER and PCRES_LEDGER_PASSWORD override the profile; the password comes from env: or file:")
    func environmentOverrides() throws {
        var profile = Profile(name: "team", tenant: "t", clientID: "c", secretSource: .environment(variable: "S"))
        profile.ledger = "postgres://alice@db.example.com/ledger"
        profile.ledgerPassword = .environment(variable: "TEAM_DB")
        #expect(try LedgerConfiguration.make(profile: .sandbox, environment: [:]) == nil)
        let fromProfile = try #require(try LedgerConfiguration.make(profile: profile, environment: ["TEAM_DB": "pw-1"]))
        #expect(fromProfile.username == "alice" && fromProfile.password?.revealedValue == "pw-1")
        #expect(!"\(fromProfile)".contains("pw-1"))
        let overridden = try #require(try LedgerConfiguration.make(
            profile: profile,
            environment: ["PCRES_LEDGER": "postgres://bob@127.0.0.1:5433/other", "PCRES_LEDGER_PASSWORD": "env:OTHER_DB", "OTHER_DB": "pw-2"]))
        #expect(overridden.username == "bob" && overridden.database == "other" && overridden.password?.revealedValue == "pw-2")
        // The password itself in PCRES_LEDGER_PASSWORD is refused, and not echoed.
        do {
            _ = try LedgerConfiguration.make(profile: profile, environment: ["PCRES_LEDGER_PASSWORD": "plain-password"])
            Issue.record("a literal password was accepted")
        } catch {
            #expect(!"\(error)".contains("plain-password"))
        }
        #expect(throws: ProfileError.self) { try LedgerConfiguration.make(profile: profile, environment: [:]) }
    }

    @Test("a world-readable ledger password file is refused")
    func passwordFileMode() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ledger.secret")
        try Data("file-password\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        var profile = Profile.sandbox
        profile.ledger = "postgres://pcres@127.0.0.1/ledger"
        profile.ledgerPassword = .file(path: file.path)
        #expect(throws: ProfileError.self) { try LedgerConfiguration.make(profile: profile, environment: [:]) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try LedgerConfiguration.make(profile: profile, environment: [:])?.password?.revealedValue == "file-password")
    }

    @Test("profiles.toml reads and writes ledger and ledgerPassword, and refuses a password in place of a source")
    func profileKeys() throws {
        let text = """
            [profiles.team]
            tenant = "t"
            clientId = "c"
            secret = "env:S"
            ledger = "postgres://pcres@db.example.com:5432/pcres"
            ledgerPassword = "file:/etc/pcres/ledger.secret"
            """
        let profile = try ProfileSet.parse(text).profile(named: "team")
        #expect(profile.ledger == "postgres://pcres@db.example.com:5432/pcres")
        #expect(profile.ledgerPassword == .file(path: "/etc/pcres/ledger.secret"))
        #expect(try ProfileSet.parse(ProfileSet.parse(text).tomlText()).profile(named: "team") == profile)
        do {
            _ = try ProfileSet.parse(text.replacingOccurrences(of: "file:/etc/pcres/ledger.secret", with: "s3cret-value"))
            Issue.record("a literal ledger password was accepted")
        } catch {
            #expect(!"\(error)".contains("s3cret-value"))
        }
    }
}
