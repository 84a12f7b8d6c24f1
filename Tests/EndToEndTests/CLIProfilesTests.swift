import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Profiles, login/logout, completions and the sandbox's JSON output, run as the built binary.
@Suite(.serialized)
struct CLIProfilesTests {
    @Test("profile add, list (table and json), use, remove; the built-in sandbox is always there")
    func addListUseRemove() throws {
        let cli = try CLIProcess()
        let empty = try cli.run(["profile", "list", "--output", "json"])
        #expect(empty.status == 0, "\(empty.stderr)")
        let builtIn = try #require(try empty.json() as? [[String: Any]])
        #expect(builtIn.map { $0["name"] as? String } == ["sandbox"])
        #expect(builtIn.first?["current"] as? Bool == true)

        let added = try cli.run([
            "profile", "add", "contoso", "--tenant", "contoso.example", "--client-id", "app-1", "--secret-env", "CONTOSO_SECRET",
            "--read-only", "--theme", "mono",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try cli.run(["profile", "add", "gov", "--cloud", "usgov", "--tenant", "g", "--client-id", "a", "--auth", "user"]).status == 0)
        #expect(try cli.run(["profile", "use", "gov"]).status == 0)

        let listed = try cli.run(["profile", "list", "--output", "json"])
        let profiles = try #require(try listed.json() as? [[String: Any]])
        #expect(profiles.compactMap { $0["name"] as? String } == ["sandbox", "contoso", "gov"])
        #expect(profiles.first { $0["name"] as? String == "gov" }?["current"] as? Bool == true)
        #expect(profiles.first { $0["name"] as? String == "contoso" }?["secret"] as? String == "env:CONTOSO_SECRET")
        let table = try cli.run(["profile", "list"])
        #expect(table.stdout.contains("* ") || table.stdout.contains("*  "), "\(table.stdout)")
        #expect(table.stdout.contains("current: gov"))

        let file = try String(contentsOf: cli.home.appendingPathComponent("config/pcres/profiles.toml"), encoding: .utf8)
        #expect(file.contains("[profiles.contoso]") && file.contains("current = \"gov\""))
        let mode = try FileManager.default.attributesOfItem(atPath: cli.home.appendingPathComponent("config/pcres/profiles.toml").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        #expect(try cli.run(["profile", "remove", "gov"]).status == 0)
        let after = try cli.run(["profile", "list", "--output", "json"])
        let remaining = try #require(try after.json() as? [[String: Any]])
        #expect(remaining.compactMap { $0["name"] as? String } == ["sandbox", "contoso"])
        #expect(remaining.first?["current"] as? Bool == true, "removing the current profile falls back to the sandbox")

        let unknown = try cli.run(["profile", "use", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no profile named \"nope\""))
        #expect(try cli.run(["profile", "remove", "sandbox"]).status == 2)
    }

    @Test("a mistake in profiles.toml is reported with its line, and every command refuses to guess")
    func fileMistakeHasLine() throws {
        let cli = try CLIProcess()
        let folder = cli.home.appendingPathComponent("config/pcres")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "current = \"a\"\n\n[profiles.a]\ntenant = \"t\"\nclientId = \"c\"\nauth = \"robot\"\n"
            .write(to: folder.appendingPathComponent("profiles.toml"), atomically: true, encoding: .utf8)
        for arguments in [["profile", "list"], ["customers", "list"], ["login"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("profiles.toml:6:") && result.stderr.contains("auth"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("a secret file other users can read is refused when the profile is added and when it is used")
    func readableSecretFileRefused() throws {
        let cli = try CLIProcess()
        let secret = cli.home.appendingPathComponent("secret.txt")
        try "the-secret-value".write(to: secret, atomically: true, encoding: .utf8)
        chmod(secret.path, 0o644)
        let added = try cli.run(["profile", "add", "p", "--tenant", "t", "--client-id", "c", "--secret-file", secret.path])
        #expect(added.status == 2)
        #expect(added.stderr.contains("chmod 600"), "\(added.stderr)")
        #expect(!added.stderr.contains("the-secret-value"))

        chmod(secret.path, 0o600)
        #expect(try cli.run(["profile", "add", "p", "--tenant", "t", "--client-id", "c", "--secret-file", secret.path]).status == 0)
        chmod(secret.path, 0o640)
        let used = try cli.run(["customers", "list", "--profile", "p"])
        #expect(used.status == 6, "\(used.stderr)")
        #expect(used.stderr.contains("chmod 600") && !used.stderr.contains("the-secret-value"), "\(used.stderr)")
    }

    @Test("--profile with an app profile reaches a served sandbox; env overrides; a read-only profile refuses registration")
    func profileAgainstServedSandbox() throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        let endpoint = url.absoluteString
        #expect(try cli.run([
            "profile", "add", "team", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--secret-env", "TEAM_SECRET",
            "--endpoint", endpoint, "--authority", endpoint, "--read-only",
        ]).status == 0)
        let listed = try cli.run(["customers", "list", "--profile", "team", "--output", "json"], environment: ["TEAM_SECRET": "sandbox-secret"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect((try listed.json() as? [Any])?.count == 48)

        let wrong = try cli.run(["customers", "list", "--profile", "team"], environment: ["TEAM_SECRET": "wrong-secret"])
        #expect(wrong.status == 6, "\(wrong.stderr)")
        let overridden = try cli.run(["customers", "list", "--profile", "team"], environment: [
            "TEAM_SECRET": "wrong-secret", "PCRES_CLIENT_SECRET": "sandbox-secret",
        ])
        #expect(overridden.status == 0, "PCRES_CLIENT_SECRET wins over the profile: \(overridden.stderr)")
        let missing = try cli.run(["customers", "list", "--profile", "team"])
        #expect(missing.status == 6)
        #expect(missing.stderr.contains("TEAM_SECRET"), "\(missing.stderr)")

        let customer = try #require(((try listed.json() as? [[String: Any]])?.first?["id"]) as? String)
        let register = try cli.run(["subscriptions", "register", customer, "00000000-0000-0000-0000-000000000000", "--profile", "team"],
                                   environment: ["TEAM_SECRET": "sandbox-secret"])
        #expect(register.status == 4, "\(register.stderr)")
        #expect(register.stderr.contains("profile team is read-only"), "\(register.stderr)")
    }

    @Test("login runs the device-code flow against a served sandbox, later commands use the saved sign-in, logout forgets it")
    func loginAndLogout() async throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        #expect(try cli.run([
            "profile", "add", "me", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--auth", "user",
            "--endpoint", url.absoluteString, "--authority", url.absoluteString,
        ]).status == 0)
        #expect(try cli.run(["profile", "use", "me"]).status == 0)
        let before = try cli.run(["customers", "list"])
        #expect(before.status == 6, "no sign-in yet: \(before.stderr)")
        #expect(before.stderr.contains("pcres login"), "\(before.stderr)")

        let login = try BackgroundCLI(cli, ["login"])
        let (_, prompt) = try login.waitUntil("the code on stderr") { _, err in err.contains("enter the code") }
        let code = try #require(prompt.firstMatch(of: /the code ([A-Z0-9-]+)/)?.1)
        #expect(prompt.contains("\(url.absoluteString.hasSuffix("/") ? String(url.absoluteString.dropLast()) : url.absoluteString)/sandbox/device"))
        var request = URLRequest(url: url.appendingPathComponent("sandbox/device"))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("user_code=\(code)".utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(try login.waitForExit() == 0, "\(login.stderr)")
        #expect(login.stdout.contains("Signed in to profile me"))

        let cache = cli.home.appendingPathComponent("data/pcres/tokens.json")
        let mode = try FileManager.default.attributesOfItem(atPath: cache.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let after = try cli.run(["customers", "list", "--output", "json"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect((try after.json() as? [Any])?.count == 48)

        let logout = try cli.run(["logout"])
        #expect(logout.status == 0 && logout.stdout.contains("Signed out"), "\(logout.stderr)")
        #expect(try cli.run(["customers", "list"]).status == 6, "the sign-in is gone")
        #expect(try cli.run(["logout"]).stdout.contains("no saved sign-in"))
    }

    @Test("login refuses an app profile; a denied code ends login with exit 6")
    func loginRefusals() async throws {
        let cli = try CLIProcess()
        let app = try cli.run(["login"])
        #expect(app.status == 2 && app.stderr.contains("login is for profiles with auth = user"), "\(app.stderr)")

        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        #expect(try cli.run([
            "profile", "add", "me", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--auth", "user",
            "--endpoint", url.absoluteString, "--authority", url.absoluteString,
        ]).status == 0)
        let login = try BackgroundCLI(cli, ["login", "--profile", "me"])
        let (_, prompt) = try login.waitUntil("the code on stderr") { _, err in err.contains("enter the code") }
        let code = try #require(prompt.firstMatch(of: /the code ([A-Z0-9-]+)/)?.1)
        var request = URLRequest(url: url.appendingPathComponent("sandbox/device"))
        request.httpMethod = "POST"
        request.httpBody = Data("user_code=\(code)&action=deny".utf8)
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        _ = try await URLSession.shared.data(for: request)
        #expect(try login.waitForExit() == 6, "\(login.stderr)")
    }

    @Test("Ctrl-C while login waits stops it at once and saves nothing")
    func loginInterrupted() throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        #expect(try cli.run([
            "profile", "add", "me", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--auth", "user",
            "--endpoint", url.absoluteString, "--authority", url.absoluteString,
        ]).status == 0)
        let login = try BackgroundCLI(cli, ["login", "--profile", "me"])
        try login.waitUntil("the code on stderr") { _, err in err.contains("Waiting for approval") }
        let started = Date()
        kill(login.process.processIdentifier, SIGINT)
        _ = try login.waitForExit(timeout: 10)
        #expect(Date().timeIntervalSince(started) < 5, "login stops promptly")
        #expect(login.process.terminationReason == .uncaughtSignal && login.process.terminationStatus == SIGINT,
                "ended by the interrupt, as Ctrl-C does (shell status 130)")
        #expect(!FileManager.default.fileExists(atPath: cli.home.appendingPathComponent("data/pcres/tokens.json").path))
    }

    @Test("completions print ArgumentParser's script for bash, zsh and fish, naming the new commands")
    func completions() throws {
        let cli = try CLIProcess()
        for (shell, marker) in [("bash", "complete -o filenames -F _pcres pcres"), ("zsh", "#compdef pcres"), ("fish", "complete -c 'pcres'")] {
            let result = try cli.run(["completions", shell])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(marker), "\(shell)")
            #expect(result.stdout.contains("profile") && result.stdout.contains("login") && result.stdout.contains("--profile"), "\(shell)")
        }
        #expect(try cli.run(["completions", "powershell"]).status == 2)
    }

    @Test("sandbox reset --output json prints one JSON document")
    func sandboxResetJSON() throws {
        let cli = try CLIProcess()
        let database = cli.home.appendingPathComponent("reset.sqlite").path
        let result = try cli.run(["sandbox", "reset", "--database", database, "--output", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try result.json() as? [String: Any])
        #expect(document["database"] as? String == database)
        #expect(document["reset"] as? Bool == true)
    }

    @Test("every command's --help shows an example")
    func helpHasExamples() throws {
        let cli = try CLIProcess()
        let commands: [[String]] = [
            [], ["tui"], ["customers"], ["customers", "list"], ["customers", "show"], ["subscriptions"], ["subscriptions", "list"],
            ["subscriptions", "status"], ["subscriptions", "register"], ["products"], ["products", "list"], ["skus"], ["skus", "list"],
            ["availabilities"], ["availabilities", "list"], ["inventory"], ["inventory", "check"], ["orders"], ["orders", "list"],
            ["orders", "show"], ["reservations"], ["reservations", "list"], ["invoices"], ["invoices", "balance"],
            ["invoices", "summaries"], ["invoices", "list"], ["invoices", "show"], ["invoices", "lineitems"], ["invoices", "pdf"],
            ["prices"], ["prices", "list"], ["sandbox"], ["sandbox", "serve"], ["sandbox", "reset"], ["keys"], ["profile"],
            ["profile", "add"], ["profile", "list"], ["profile", "use"], ["profile", "remove"], ["login"], ["logout"],
            ["completions"],
        ]
        for command in commands {
            let result = try cli.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("Example"), "pcres \(command.joined(separator: " ")) --help has no example")
        }
    }
}

/// Plain http to another host: refused unless the profile allows it, and then warned about.
struct InsecureEndpointTests {
    @Test("profile add with a plain-http endpoint on another host is refused; with --allow-insecure-http it is kept and warned about")
    func plainHTTP() throws {
        let cli = try CLIProcess()
        let refused = try cli.run([
            "profile", "add", "lab", "--tenant", "t", "--client-id", "c", "--secret-env", "LAB_SECRET", "--endpoint", "http://192.0.2.2:8080",
        ])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("plain http to another host"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-insecure-http"))
        let allowed = try cli.run([
            "profile", "add", "lab", "--tenant", "t", "--client-id", "c", "--secret-env", "LAB_SECRET", "--endpoint", "http://127.0.0.2:9",
            "--authority", "http://127.0.0.2:9",
        ])
        #expect(allowed.status == 0, "loopback needs no flag: \(allowed.stderr)")
        let flagged = try cli.run([
            "profile", "add", "remote", "--tenant", "t", "--client-id", "c", "--secret-env", "LAB_SECRET", "--endpoint", "http://192.0.2.2:9",
            "--authority", "http://127.0.0.2:9", "--allow-insecure-http",
        ])
        #expect(flagged.status == 0, "\(flagged.stderr)")
        // 192.0.2.0/24 is TEST-NET-1: nothing answers there, so the command fails, but only after the warning. No
        // request leaves this machine: sign-in goes to the loopback authority first and is refused there.
        let used = try cli.run(["customers", "list", "--profile", "remote"], environment: ["LAB_SECRET": "s"], timeout: 60)
        #expect(used.status != 0)
        #expect(used.stderr.contains("pcres: warning: http://192.0.2.2:9 is plain http"), "\(used.stderr)")
        let viaEnvironment = try cli.run(
            ["customers", "list"], environment: ["PCRES_ENDPOINT": "http://192.0.2.2:9", "PCRES_CLIENT_ID": "c", "PCRES_CLIENT_SECRET": "s"])
        #expect(viaEnvironment.status == 6 || viaEnvironment.status == 2, "\(viaEnvironment.status) \(viaEnvironment.stderr)")
        #expect(viaEnvironment.stderr.contains("plain http to a host that is not this machine"), "\(viaEnvironment.stderr)")
    }
}
