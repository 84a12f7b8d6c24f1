import Foundation
import Testing

/// `buy`, `cart` and `audit`, run as the built binary against its in-process sandbox (state kept in the run's
/// own XDG folders, so orders from one command are seen by the next).
@Suite(.serialized)
struct CLIPurchaseTests {
    /// Contoso, a registered MS-AZR-0145P subscription and a catalog item without an inventory check.
    struct Target {
        var customer: String
        var subscription: String
        var item: String
        var term: String
    }

    static func target(_ cli: CLIProcess) throws -> Target {
        let customer = try CLICommandsTests.customerID(named: "Contoso Ltd", in: cli)
        let subscriptions = try CLICommandsTests.objects(try cli.run(["subscriptions", "list", customer, "--output", "json"]))
        let legacy = try #require(subscriptions.first { $0["offerId"] as? String == "MS-AZR-0145P" && $0["status"] as? String == "active" })
        let subscription = try #require(legacy["id"] as? String)
        let registered = try cli.run(["subscriptions", "register", customer, subscription, "--wait", "--timeout", "60"])
        #expect(registered.status == 0, "\(registered.stderr)")
        let products = try CLICommandsTests.objects(try cli.run(["products", "list", "--country", "US", "--view", "vm", "--output", "json"]))
        for product in products.compactMap({ $0["id"] as? String }) {
            let skus = try CLICommandsTests.objects(try cli.run(["skus", "list", product, "--country", "US", "--output", "json"]))
            let plain = skus.first { (($0["purchasePrerequisites"] as? [String]) ?? []).allSatisfy { $0 != "InventoryCheck" } }
            guard let sku = plain?["id"] as? String else { continue }
            let availabilities = try CLICommandsTests.objects(
                try cli.run(["availabilities", "list", product, sku, "--country", "US", "--output", "json"]))
            guard let availability = availabilities.first, let item = availability["catalogItemId"] as? String else { continue }
            let term = ((availability["terms"] as? [[String: Any]])?.first?["duration"] as? String) ?? "P1Y"
            return Target(customer: customer, subscription: subscription, item: item, term: term)
        }
        throw TmuxSession.Failure.commandFailed("no catalog item without an inventory check")
    }

    static func buyArguments(_ target: Target, quantity: Int = 1, extra: [String] = []) -> [String] {
        ["buy", target.customer, "--item", "\(target.item):\(quantity):\(target.term)", "--subscription", target.subscription,
         "--scope", "shared", "--name", "e2e"] + extra
    }

    static func orders(_ cli: CLIProcess, _ customer: String) throws -> [[String: Any]] {
        try CLICommandsTests.objects(try cli.run(["orders", "list", customer, "--output", "json"]))
    }

    @Test("buy places an order that orders list shows; the same idempotency key again places no second order")
    func buyAndIdempotency() throws {
        let cli = try CLIProcess()
        // Counting orders right after buying: the sandbox lists them at once instead of Partner Center's 15 minutes.
        cli.defaults["PCRES_SANDBOX_ORDER_LIST_DELAY"] = "0"
        let target = try Self.target(cli)
        let before = try Self.orders(cli, target.customer).count

        let bought = try cli.run(Self.buyArguments(target, quantity: 2, extra: ["--yes", "--idempotency-key", "e2e-key-1", "--output", "json"]))
        #expect(bought.status == 0, "\(bought.stderr)")
        let document = try #require(try bought.json() as? [String: Any])
        #expect(document["outcome"] as? String == "completed")
        #expect(document["intentID"] as? String == "e2e-key-1")
        let orderID = try #require((document["orderIDs"] as? [String])?.first)
        let after = try Self.orders(cli, target.customer)
        #expect(after.count == before + 1)
        #expect(after.contains { $0["id"] as? String == orderID })

        let again = try cli.run(Self.buyArguments(target, quantity: 2, extra: ["--yes", "--idempotency-key", "e2e-key-1", "--output", "json"]))
        #expect(again.status == 0, "\(again.stderr)")
        let replay = try #require(try again.json() as? [String: Any])
        #expect((replay["orderIDs"] as? [String]) == [orderID])
        #expect(replay["wasAlreadyPlaced"] as? Bool == true)
        #expect(try Self.orders(cli, target.customer).count == before + 1, "one key, one order")

        let table = try cli.run(Self.buyArguments(target, extra: ["--yes", "--allow-duplicate"]))
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("idempotency key"), "a generated key is printed")
        #expect(table.stdout.contains("Order") && table.stdout.contains("completed"))

        let changed = try cli.run(Self.buyArguments(target, quantity: 3, extra: ["--yes", "--idempotency-key", "e2e-key-1"]))
        #expect(changed.status == 4, "a key re-used for another purchase is refused: \(changed.stderr)")
        #expect(try Self.orders(cli, target.customer).count == before + 2)
    }

    @Test("cart create, show and checkout --yes; checking out twice orders once")
    func cartSteps() throws {
        let cli = try CLIProcess()
        cli.defaults["PCRES_SANDBOX_ORDER_LIST_DELAY"] = "0"
        let target = try Self.target(cli)
        let created = try cli.run([
            "cart", "create", target.customer, "--item", "\(target.item):1:\(target.term)", "--subscription", target.subscription,
            "--scope", "single", "--output", "json",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        let cart = try #require((try created.json() as? [String: Any])?["id"] as? String)
        let shown = try cli.run(["cart", "show", target.customer, cart])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Active") && shown.stdout.contains("single"))
        let before = try Self.orders(cli, target.customer).count
        let refused = try cli.run(["cart", "checkout", target.customer, cart])
        #expect(refused.status == 4)
        #expect(refused.stderr.contains("--yes"))
        let checkout = try cli.run(["cart", "checkout", target.customer, cart, "--yes", "--output", "json"])
        #expect(checkout.status == 0, "\(checkout.stderr)")
        let again = try cli.run(["cart", "checkout", target.customer, cart, "--yes", "--output", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect((try again.json() as? [String: Any])?["orderIDs"] as? [String] == (try checkout.json() as? [String: Any])?["orderIDs"] as? [String])
        #expect(try Self.orders(cli, target.customer).count == before + 1)
    }

    @Test("malformed --item, missing --yes, read-only and preflight refusals: nothing is bought")
    func refusals() throws {
        let cli = try CLIProcess()
        let target = try Self.target(cli)
        let before = try Self.orders(cli, target.customer).count

        for item in ["nonsense", "\(target.item):two:\(target.term)", "\(target.item):1:one-year"] {
            let malformed = try cli.run(["buy", target.customer, "--item", item, "--subscription", target.subscription, "--scope", "shared", "--yes"])
            #expect(malformed.status == 2, "\(item): \(malformed.stderr)")
            #expect(malformed.stderr.contains("--item"))
        }
        let badScope = try cli.run(["buy", target.customer, "--item", "\(target.item):1:\(target.term)", "--subscription", target.subscription, "--scope", "everywhere", "--yes"])
        #expect(badScope.status == 2)

        let unconfirmed = try cli.run(Self.buyArguments(target))
        #expect(unconfirmed.status == 4)
        #expect(unconfirmed.stderr.contains("--yes"))

        let readOnly = try cli.run(Self.buyArguments(target, extra: ["--yes", "--read-only"]))
        #expect(readOnly.status == 4)
        #expect(readOnly.stderr.contains("read-only"))
        let readOnlyJSON = try cli.run(Self.buyArguments(target, extra: ["--yes", "--read-only", "--output", "json"]))
        #expect(readOnlyJSON.stderr.contains("\"readOnly\""))

        // Line 1: quantity 0; line 2: an availability that is not in the catalog (stale).
        let staleItem = target.item.split(separator: ":").prefix(2).joined(separator: ":") + ":STALE0000000"
        let preflight = try cli.run(Self.buyArguments(target, quantity: 0, extra: ["--yes"]) + [
            "--item", "\(staleItem):1:\(target.term)",
        ])
        #expect(preflight.status == 4, "\(preflight.stderr)")
        let problemLines = preflight.stderr.split(separator: "\n").filter { $0.contains("preflight:") }
        #expect(problemLines.count == 2, "every problem on its own line: \(preflight.stderr)")
        #expect(problemLines.first?.contains("line 1: Quantity 0") == true, "\(preflight.stderr)")
        #expect(problemLines.last?.contains("line 2: Catalog item") == true, "\(preflight.stderr)")

        #expect(try Self.orders(cli, target.customer).count == before)
    }

    @Test("audit list shows each purchase with the operator; verify passes, then finds a tampered line")
    func audit() throws {
        let cli = try CLIProcess()
        let target = try Self.target(cli)
        let environment = ["USER": "e2e-operator", "SSH_CLIENT": "198.51.100.4 40000 22"]
        for key in ["audit-1", "audit-2"] {
            let bought = try cli.run(
                Self.buyArguments(target, extra: ["--yes", "--idempotency-key", key, "--allow-duplicate"]), environment: environment)
            #expect(bought.status == 0, "\(bought.stderr)")
        }
        let registered = try cli.run(["subscriptions", "register", target.customer, target.subscription], environment: environment)
        #expect(registered.status == 0, "\(registered.stderr)")
        let all = try CLICommandsTests.objects(try cli.run(["audit", "list", "--output", "json"]))
        // Target() registered the subscription once before, as the test's own login.
        #expect(all.first?["action"] as? String == "registration")
        // The operator is the account the process runs as; USER is kept beside it as a claim.
        let list = all.filter { $0["claimedLogin"] as? String == "e2e-operator" }
        #expect(list.count == 3)
        #expect(list.allSatisfy { ($0["operatorLogin"] as? String).map { !$0.isEmpty && $0 != "e2e-operator" } ?? false })
        #expect(list.allSatisfy { $0["sshClient"] as? String == "198.51.100.4" })
        #expect(list.map { $0["intentID"] as? String } == ["audit-1", "audit-2", nil])
        #expect(list.map { $0["action"] as? String } == ["checkout", "checkout", "registration"])
        let verified = try cli.run(["audit", "verify"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("intact"))

        let file = cli.home.appendingPathComponent("data/pcres/audit.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("\"audit-2\"") })
        lines[index] = lines[index].replacingOccurrences(of: "e2e-operator", with: "someone-else")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let tampered = try cli.run(["audit", "verify"])
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("broken at line \(index + 1):"), "\(tampered.stderr)")
        #expect(tampered.stderr.contains("edited"), "\(tampered.stderr)")
    }
}
