import Foundation
import Testing

/// The team ledger (#19) with the built binary and a real PostgreSQL server: several "hosts" (processes with their
/// own HOME, XDG folders and USER) on one ledger, and the ledger going away under an open interface.
@Suite(.serialized)
struct LedgerEndToEndTests {
    /// The account the processes run as: the journal names operators by account and host (USER is only a claim).
    static let account = String(cString: getpwuid(getuid()).pointee.pw_name)

    @Test("four hosts append 1,000 audit records each at the same time: audit verify passes with 4,000 records, one chain, no fork")
    func fourHostsOneChain() throws {
        let server = try LedgerServer.fresh()
        let admin = try CLIProcess()
        admin.defaults["PCRES_LEDGER"] = server.url
        let initialised = try admin.run(["ledger", "init"])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        // `ledger bench` records an intent and appends an audit record per pair through LedgerJournal.record and
        // LedgerAuditTrail.append, the calls a purchase makes.
        let hosts = try (1...4).map { number -> (CLIProcess, BackgroundCLI) in
            let host = try CLIProcess()
            let run = try BackgroundCLI(
                host, ["ledger", "bench", "--count", "1000", "--output", "json"],
                environment: ["PCRES_LEDGER": server.url, "USER": "operator-\(number)", "LOGNAME": "operator-\(number)"])
            return (host, run)
        }
        for (_, run) in hosts {
            let status = try run.waitForExit(timeout: 600)
            #expect(status == 0, "\(run.stderr)")
            let figures = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            #expect(figures?["count"] as? Int == 1000, "\(run.stdout)")
        }

        let verified = try admin.run(["audit", "verify", "--output", "json"])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
        let verification = try #require(try verified.json() as? [String: Any])
        #expect(verification["recordCount"] as? Int == 4000)
        #expect(verification["brokenLine"] == nil && verification["problem"] == nil, "\(verification)")
        // One chain: 4,000 sequence numbers without a gap, each record linked to a different predecessor.
        #expect(try server.query("SELECT count(*), count(DISTINCT previous_hash), min(sequence), max(sequence) FROM audit_record") == "4000|4000|1|4000")
        #expect(try server.query(
            "SELECT record_json::json->>'claimedLogin', count(*) FROM audit_record GROUP BY 1 ORDER BY 1")
            == "operator-1|1000\noperator-2|1000\noperator-3|1000\noperator-4|1000")
        // At the same time, not one after another: the hosts' records interleave in the chain.
        let switches = try server.query("""
            SELECT count(*) FROM (SELECT record_json::json->>'claimedLogin' AS who,
                                         lag(record_json::json->>'claimedLogin') OVER (ORDER BY sequence) AS before
                                  FROM audit_record) AS chain WHERE who <> before
            """)
        #expect((Int(switches) ?? 0) > 3, "the four runs did not overlap: \(switches) switches between hosts")
    }

    @Test("two hosts buy the same item for the same customer on the served sandbox (15-minute listing): the second is warned with the first's operator and order, nothing is sent; --allow-duplicate goes through")
    func duplicateAcrossHosts() throws {
        let server = try LedgerServer.fresh()
        let sandboxHost = try CLIProcess()
        // Partner Center's 15-minute listing delay is the served sandbox's default.
        let (sandbox, url) = try BackgroundCLI.servedSandbox(sandboxHost)
        defer { sandbox.stop() }
        let control = SandboxControl(url: url)
        let (alice, bob) = (try CLIProcess(), try CLIProcess())
        for (host, user) in [(alice, "alice"), (bob, "bob")] {
            host.defaults["SERVED_SECRET"] = "sandbox-secret"
            host.defaults["PCRES_LEDGER"] = server.url
            host.defaults["USER"] = user
            #expect(try host.run([
                "profile", "add", "served", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--secret-env", "SERVED_SECRET",
                "--endpoint", url.absoluteString, "--authority", url.absoluteString,
            ]).status == 0)
            #expect(try host.run(["profile", "use", "served"]).status == 0)
        }
        #expect(try alice.run(["ledger", "init"]).status == 0)
        let target = try CLIPurchaseTests.target(alice)

        let first = try alice.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "alice-1", "--output", "json"]))
        #expect(first.status == 0, "\(first.stderr)")
        let order = try #require(((try first.json() as? [String: Any])?["orderIDs"] as? [String])?.first)
        let listed = try CLICommandsTests.objects(try bob.run(["orders", "list", target.customer, "--output", "json"]))
        #expect(!listed.contains { $0["id"] as? String == order }, "Partner Center does not list the order yet: only the ledger knows it")

        let second = try bob.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "bob-1"]))
        #expect(second.status == 4, "\(second.stderr)")
        #expect(second.stderr.contains("possible duplicate") && second.stderr.contains("order \(order)"), "\(second.stderr)")
        #expect(second.stderr.contains(", by \(Self.account)@"), "names the first operator: \(second.stderr)")
        #expect(second.stderr.contains("--allow-duplicate"))
        #expect(try control.allOrderIDs(customer: target.customer) == [order], "nothing was sent")
        #expect(try server.query("SELECT count(*) FROM journal_entry WHERE intent_id = 'bob-1'") == "0", "nothing was recorded")

        let allowed = try bob.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "bob-1", "--allow-duplicate"]))
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try control.allOrderIDs(customer: target.customer).count == 2)
        #expect(try alice.run(["audit", "verify"]).status == 0)
    }

    @Test("PostgreSQL stops while the interface is open: LEDGER OFFLINE, the purchase is refused with the reason and nothing is sent; after a restart nothing recorded is lost")
    func ledgerDownUnderTheInterface() throws {
        let server = try LedgerServer.fresh()
        let cli = try CLIProcess()
        cli.defaults["PCRES_LEDGER"] = server.url
        #expect(try cli.run(["ledger", "init"]).status == 0)
        let customer = try CLICommandsTests.customerID(named: "Contoso Ltd", in: cli)
        let ordersBefore = try RecoveryEndToEndTests.orderCount(cli, customer)

        // The registration goes through with the ledger up and is audited: a record from before the server goes away.
        let session = try RecoveryEndToEndTests.interface(cli, width: 120, height: 40)
        try PurchaseEndToEndTests.registerDevTestAndFillCart(session)
        let recorded = try server.query("SELECT record_hash FROM audit_record ORDER BY sequence")
        #expect(!recorded.isEmpty, "the registration was audited in the ledger")

        try server.stop()
        let offline = try session.waitFor("LEDGER OFFLINE", timeout: 20)
        #expect(offline.split(separator: "\n").first?.contains("LEDGER OFFLINE") == true, "in the header: \(offline)")
        try session.press("b")
        try session.waitFor("Type BUY to confirm", timeout: 60)
        try session.type("BUY")
        try session.press("Enter")
        let refused = try session.waitFor("could not be recorded", timeout: 60)
        #expect(refused.contains("Nothing was sent"), "\(refused)")
        #expect(!refused.contains("outcome unknown"), "nothing was sent, so the outcome is known: \(refused)")

        try server.start()
        try session.waitUntil(description: "the badge gone", timeout: 30) { !$0.contains("LEDGER OFFLINE") }
        try session.press("Escape")
        try session.press("q")
        try session.waitFor("EXIT=0", timeout: 20)

        #expect(try RecoveryEndToEndTests.orderCount(cli, customer) == ordersBefore, "nothing was bought")
        let status = try cli.run(["ledger", "status"])
        #expect(status.status == 0, "\(status.stderr)")
        let verified = try cli.run(["audit", "verify"])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
        let after = try server.query("SELECT record_hash FROM audit_record ORDER BY sequence")
        #expect(after.hasPrefix(recorded), "every record from before the stop is still there, in order")
    }
}
