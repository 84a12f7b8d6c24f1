import Foundation
import Testing

/// The built binary against servers that misbehave on purpose (`HostileServer`), measured from outside as the
/// operating system sees it. Each case must end within its deadline with a clear message, grow its peak memory by no
/// more than the body cap (over the same binary's peak on an empty answer), and never send the bearer token to a
/// second host.
@Suite(.serialized)
struct HostileServerTests {
    /// A client-credentials session on `server` (endpoint and authority alike), with the limits given.
    private func environment(_ server: HostileServer, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "PCRES_ENDPOINT": server.url.absoluteString, "PCRES_TENANT": "hostile", "PCRES_CLIENT_ID": "c",
            "PCRES_CLIENT_SECRET": "hostile-secret",
        ].merging(extra) { $1 }
    }

    /// The binary's peak resident memory on an empty answer: mostly its own code pages (about 45 MiB of file-backed
    /// pages for the debug build, 3–4 MiB of heap), the figure a hostile answer's growth is measured from.
    private func baselinePeak(_ cli: CLIProcess) throws -> Double {
        let server = try HostileServer(behaviour: .emptyCollection)
        defer { server.stop() }
        let outcome = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(server)).wait(timeout: 60)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.peakResidentMiB
    }

    @Test("a request waiting 8 s for its answer uses under 5 % of a core while it waits")
    func idleWhileWaiting() throws {
        let server = try HostileServer(behaviour: .slowAnswer(seconds: 8))
        defer { server.stop() }
        let cli = try CLIProcess()
        let run = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(server))
        Thread.sleep(forTimeInterval: 2)  // past start-up and sign-in, into the wait
        let before = try #require(run.cpuTicks())
        let window = 5.0
        Thread.sleep(forTimeInterval: window)
        let after = try #require(run.cpuTicks(), "still waiting after 7 s")
        let share = Double(after - before) / MeasuredProcess.ticksPerSecond / window
        let outcome = run.wait(timeout: 30)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(share < 0.05, "CPU while waiting: \(Int(share * 100)) % of a core (\(after - before) ticks in \(window) s)")
        print("hostile: CPU while waiting \(String(format: "%.1f", share * 100)) % of a core (\(after - before) ticks in \(window) s)")
    }

    @Test("a redirect to another host or port is followed without the bearer token", arguments: ["127.0.0.2", "127.0.0.1"])
    func redirectKeepsTheTokenHome(secondHost: String) throws {
        let second = try HostileServer(host: secondHost, behaviour: .emptyCollection)
        defer { second.stop() }
        let first = try HostileServer(behaviour: .redirect(location: second.url.absoluteString + "/v1/customers"))
        defer { first.stop() }
        let cli = try CLIProcess()
        let outcome = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(first)).wait(timeout: 60)
        #expect(first.requests.contains { $0.path.hasPrefix("/v1/customers") && $0.authorization?.hasPrefix("Bearer ") == true })
        let reached = second.requests.filter { $0.path.hasPrefix("/v1/customers") }
        #expect(!reached.isEmpty, "the redirect was followed: \(outcome.stderr)")
        #expect(reached.allSatisfy { $0.authorization == nil }, "Authorization reached \(secondHost): \(reached)")
    }

    @Test("an endless chunked body ends at the size cap with a clear error; memory grows by at most the cap")
    func endlessBody() throws {
        let server = try HostileServer(behaviour: .endlessChunked)
        defer { server.stop() }
        let cli = try CLIProcess()
        let baseline = try baselinePeak(cli)
        let outcome = try MeasuredProcess(
            cli, arguments: ["customers", "list"], environment: environment(server, ["PCRES_MAX_RESPONSE_MB": "16"])
        ).wait(timeout: 60)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("larger than 16 MiB"), "\(outcome.stderr)")
        #expect(outcome.seconds < 20, "ended after \(outcome.seconds) s")
        let growth = outcome.peakResidentMiB - baseline
        #expect(growth < 16 + 8, "peak \(outcome.peakResidentMiB) MiB, \(growth) MiB over the empty answer's \(baseline) MiB")
        print("hostile: endless body stopped after \(String(format: "%.1f", outcome.seconds)) s, peak \(Int(outcome.peakResidentMiB)) MiB (empty answer: \(Int(baseline)) MiB)")
    }

    @Test("a 100 MB body is refused past the default 64 MiB cap without buffering it")
    func hugeBody() throws {
        let server = try HostileServer(behaviour: .huge(bytes: 100_000_000))
        defer { server.stop() }
        let cli = try CLIProcess()
        let baseline = try baselinePeak(cli)
        let outcome = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(server)).wait(timeout: 60)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("larger than 64 MiB"), "\(outcome.stderr)")
        #expect(outcome.seconds < 20)
        #expect(outcome.peakResidentMiB - baseline < 8, "refused from its Content-Length: peak \(outcome.peakResidentMiB) MiB")
        print("hostile: 100 MB body refused after \(String(format: "%.1f", outcome.seconds)) s, peak \(Int(outcome.peakResidentMiB)) MiB (empty answer: \(Int(baseline)) MiB)")
    }

    @Test("a 100 MB chunked body with a 64 MiB cap stops at the cap: memory grows by at most the cap")
    func hugeChunkedBody() throws {
        let server = try HostileServer(behaviour: .endlessChunked)
        defer { server.stop() }
        let cli = try CLIProcess()
        let baseline = try baselinePeak(cli)
        let outcome = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(server)).wait(timeout: 60)
        #expect(outcome.stderr.contains("larger than 64 MiB"), "\(outcome.stderr)")
        let growth = outcome.peakResidentMiB - baseline
        #expect(growth < 64 + 8, "peak \(outcome.peakResidentMiB) MiB, \(growth) MiB over the empty answer's")
        print("hostile: chunked body cut at 64 MiB after \(String(format: "%.1f", outcome.seconds)) s, peak \(Int(outcome.peakResidentMiB)) MiB (empty answer: \(Int(baseline)) MiB)")
    }

    @Test("one byte every 2 s: the call ends at its deadline (three exchanges' worth) with a timeout message")
    func drippingBody() throws {
        let server = try HostileServer(behaviour: .drip(interval: 2))
        defer { server.stop() }
        let cli = try CLIProcess()
        let outcome = try MeasuredProcess(
            cli, arguments: ["customers", "list"], environment: environment(server, ["PCRES_REQUEST_TIMEOUT": "4"])
        ).wait(timeout: 60)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("within"), "\(outcome.stderr)")
        #expect(outcome.seconds < 12 + 3, "ended after \(outcome.seconds) s; the deadline is 12 s")
        print("hostile: dripping body stopped after \(String(format: "%.1f", outcome.seconds)) s")
    }

    @Test("a next link that points to itself stops with an error naming links.next")
    func loopingNextLink() throws {
        let server = try HostileServer(behaviour: .loopingNext)
        defer { server.stop() }
        let cli = try CLIProcess()
        let outcome = try MeasuredProcess(cli, arguments: ["customers", "list"], environment: environment(server)).wait(timeout: 60)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("links.next"), "\(outcome.stderr)")
        #expect(outcome.seconds < 10)
        #expect(server.requests.filter { $0.path.hasPrefix("/v1/customers") }.count <= 3, "the loop was cut at its first repeat")
    }

    @Test("a device-code answer with escape sequences in the user code is refused and nothing raw reaches the terminal")
    func deviceCodeEscapes() throws {
        let server = try HostileServer(behaviour: .emptyCollection)
        server.deviceCodeAnswer = #"{"device_code":"d","user_code":"AB\u001b]0;owned\u0007\u001b]52;c;ZXZpbA==\u0007","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":1}"#
        defer { server.stop() }
        let cli = try CLIProcess()
        #expect(try cli.run([
            "profile", "add", "me", "--tenant", "hostile", "--client-id", "c", "--auth", "user",
            "--endpoint", server.url.absoluteString, "--authority", server.url.absoluteString,
        ]).status == 0)
        let outcome = try MeasuredProcess(cli, arguments: ["login", "--profile", "me"], environment: [:]).wait(timeout: 30)
        #expect(outcome.status != 0)
        #expect(!(outcome.stdout + outcome.stderr).contains("\u{1B}"), "an escape reached the terminal")
        #expect(!(outcome.stdout + outcome.stderr).contains("owned"))
        #expect(outcome.stderr.contains("user code"), "\(outcome.stderr)")
    }
}
