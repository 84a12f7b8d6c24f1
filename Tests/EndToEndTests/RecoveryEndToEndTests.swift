import Foundation
import Testing

/// Purchase safety as an operator meets it: recovery only looks, a created cart is not a checkout, the
/// 15-minute listing delay never turns into "nothing was bought", and a second purchase of the same item is
/// stopped. The built binary against its sandbox (in-process, or served with fault injection).
@Suite(.serialized)
struct RecoveryEndToEndTests {
    /// The interface sharing `cli`'s data, state and config folders.
    static func interface(
        _ cli: CLIProcess, width: Int = 100, height: Int = 30, arguments: String = "", environment: [String: String] = [:]
    ) throws -> TmuxSession {
        try TmuxSession(
            width: width, height: height, arguments: arguments,
            environment: [
                "XDG_DATA_HOME": cli.home.appendingPathComponent("data").path,
                "XDG_STATE_HOME": cli.home.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": cli.home.appendingPathComponent("config").path,
            ].merging(cli.defaults) { $1 }.merging(environment) { $1 })
    }

    /// Every order of the customer, whether listed yet or not: the in-process sandbox asked with no listing delay.
    static func orderCount(_ cli: CLIProcess, _ customer: String) throws -> Int {
        let listed = try cli.run(["orders", "list", customer, "--output", "json"], environment: ["PCRES_SANDBOX_ORDER_LIST_DELAY": "0"])
        return try CLICommandsTests.objects(listed).count
    }

    @Test("a cart made by cart create: the interface, with and without --read-only, Enter at every prompt, buys nothing and reports the cart as open")
    func createdCartIsNeverBought() throws {
        let cli = try CLIProcess()
        let target = try CLIPurchaseTests.target(cli)
        let created = try cli.run([
            "cart", "create", target.customer, "--item", "\(target.item):1:\(target.term)", "--subscription", target.subscription,
            "--scope", "shared", "--output", "json",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let cart = try #require((try created.json() as? [String: Any])?["id"] as? String)

        for arguments in ["--read-only", ""] {
            let session = try Self.interface(cli, arguments: arguments)
            let screen = try session.waitFor("1 open cart from cart create, not checked out", timeout: 30)
            #expect(!screen.contains("Unfinished checkout"), "a created cart is not offered for checkout:\n\(screen)")
            for _ in 0..<6 {
                try session.press("Enter")
                Thread.sleep(forTimeInterval: 0.4)
            }
            #expect(!(try session.screen()).contains("Checking out"))
            try session.press("Escape")
            try session.press("Escape")
            try session.press("Escape")
            try session.press("q")
            try session.waitFor("EXIT=0", timeout: 20)
        }
        #expect(try Self.orderCount(cli, target.customer) == 0, "nothing was bought")
        let shown = try cli.run(["cart", "show", target.customer, cart])
        #expect(shown.stdout.contains("Active"), "the cart is still open: \(shown.stdout)")
        let listed = try CLICommandsTests.objects(try cli.run(["purchases", "list", "--output", "json"]))
        #expect(listed.map { $0["kind"] as? String } == ["open cart"])
        #expect(listed.first?["cartID"] as? String == cart)
    }

    @Test("a buy whose checkout went through without an answer, looked into inside the listing delay: no second order, never \"nothing was bought\"")
    func crashedBuyInsideListingDelay() throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)  // Partner Center's 15-minute listing delay
        defer { server.stop() }
        let control = SandboxControl(url: url)
        cli.defaults["SERVED_SECRET"] = "sandbox-secret"
        #expect(try cli.run([
            "profile", "add", "served", "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--secret-env", "SERVED_SECRET",
            "--endpoint", url.absoluteString, "--authority", url.absoluteString,
        ]).status == 0)
        #expect(try cli.run(["profile", "use", "served"]).status == 0)
        let target = try CLIPurchaseTests.target(cli)
        let buy = CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "crash-1"])

        // Every checkout commits and then loses its answer, and the cart cannot be read: the outcome stays unknown.
        try control.inject(#"""
            [{"kind":"dropAfterCommit","method":"POST","pathContains":"/checkout","count":100},
             {"kind":"serverError","status":503,"method":"GET","pathContains":"/carts/","count":100,"retryAfterSeconds":0}]
            """#)
        let lost = try cli.run(buy)
        #expect(lost.status != 0)
        #expect(lost.stderr.contains("re-check after") && lost.stderr.contains("the order may exist"), "\(lost.stderr)")
        #expect(!lost.stderr.contains("Nothing was bought"))
        try control.clearFaults()
        #expect(try control.allOrderIDs(customer: target.customer).count == 1, "the checkout did go through")
        #expect(try CLICommandsTests.objects(try cli.run(["orders", "list", target.customer, "--output", "json"])).isEmpty, "not listed yet")

        let checked = try cli.run(["purchases", "check", "crash-1"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("cartOrdered") && checked.stdout.contains("went through"), "\(checked.stdout)")
        #expect(!checked.stdout.contains("Nothing was bought") && !checked.stdout.contains("Already placed"))

        // The interface offers it; Enter (Later) and then Check only look.
        let later = try Self.interface(cli)
        try later.waitFor("Unfinished checkout", timeout: 30)
        try later.press("Enter")
        try later.waitFor("1 unsettled checkout kept in the journal")
        try later.press("q")
        try later.waitFor("EXIT=0", timeout: 20)
        let look = try Self.interface(cli)
        try look.waitFor("Unfinished checkout", timeout: 30)
        try look.press("Tab")
        try look.press("Enter")
        let found = try look.waitFor("the checkout went through", timeout: 30)
        #expect(!found.contains("Nothing was bought"))
        #expect(found.contains("Continue"))
        try look.press("Enter")  // Close, the default
        try look.press("q")
        try look.waitFor("EXIT=0", timeout: 20)
        #expect(try control.allOrderIDs(customer: target.customer).count == 1, "looking sent nothing")

        // Re-running the confirmed command re-sends the same cart: the first order comes back, none is added.
        let rerun = try cli.run(buy + ["--output", "json"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let document = try #require(try rerun.json() as? [String: Any])
        #expect(document["wasAlreadyPlaced"] as? Bool == true)
        #expect((document["orderIDs"] as? [String]) == (try control.allOrderIDs(customer: target.customer)))
        #expect(try control.allOrderIDs(customer: target.customer).count == 1, "no second order")
    }

    @Test("two buy runs with different keys for the same item: the second is stopped with the first's order and operator, unless --allow-duplicate")
    func duplicateIsWarned() throws {
        let cli = try CLIProcess()
        let target = try CLIPurchaseTests.target(cli)
        let first = try cli.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "dup-1"]))
        #expect(first.status == 0, "\(first.stderr)")
        let second = try cli.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "dup-2"]))
        #expect(second.status == 4)
        #expect(second.stderr.contains("possible duplicate: 1 × e2e bought"), "\(second.stderr)")
        // Who bought it is the account the first run ran as (USER is only a claim).
        let account = String(cString: getpwuid(getuid()).pointee.pw_name)
        #expect(second.stderr.contains(", by \(account)@"), "names who bought it: \(second.stderr)")
        #expect(second.stderr.contains("--allow-duplicate"))
        #expect(try Self.orderCount(cli, target.customer) == 1, "nothing was sent")
        let allowed = try cli.run(CLIPurchaseTests.buyArguments(target, extra: ["--yes", "--idempotency-key", "dup-2", "--allow-duplicate"]))
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try Self.orderCount(cli, target.customer) == 2)
    }
}
