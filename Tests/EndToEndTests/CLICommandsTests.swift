import Foundation
import Testing

/// Every read-only and registration subcommand, run as the built binary against its in-process sandbox.
/// Serialized: each run starts a sandbox, and the machine has two cores.
@Suite(.serialized)
struct CLICommandsTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__")

    /// Compares `data` with a golden file; `PCRES_RECORD_GOLDEN=1` (re)writes it.
    static func expectGolden(_ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PCRES_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "differs from \(name); re-record with PCRES_RECORD_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
    }

    /// The JSON objects of a list command.
    static func objects(_ result: CLIProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        return try #require(try result.json() as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static func customerID(named name: String, in cli: CLIProcess) throws -> String {
        let customers = try objects(try cli.run(["customers", "list", "--filter", name, "--output", "json"]))
        let match = customers.first { ($0["companyProfile"] as? [String: Any])?["companyName"] as? String == name }
        return try #require(match?["id"] as? String, "no customer named \(name)")
    }

    @Test("customers list (all pages, filter) and show, golden JSON for Contoso Ltd")
    func customers() throws {
        let cli = try CLIProcess()
        let all = try Self.objects(try cli.run(["customers", "list", "--output", "json"]))
        #expect(all.count == 48)
        let table = try cli.run(["customers", "list", "--filter", "Tail"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("ID"))
        #expect(table.stdout.contains("Tailspin Toys") && table.stdout.contains("1 customer"))
        let contoso = try Self.customerID(named: "Contoso Ltd", in: cli)
        let show = try cli.run(["customers", "show", contoso, "--output", "json"])
        #expect(show.status == 0)
        try Self.expectGolden(show.stdoutData, named: "customers-show-contoso.json")
        let showTable = try cli.run(["customers", "show", contoso])
        #expect(showTable.stdout.contains("Contoso Ltd") && showTable.stdout.contains("sold in this market"))
    }

    @Test("subscriptions list, status, register --wait; golden JSON of the list")
    func subscriptions() throws {
        let cli = try CLIProcess()
        let contoso = try Self.customerID(named: "Contoso Ltd", in: cli)
        let list = try cli.run(["subscriptions", "list", contoso, "--output", "json"])
        let subscriptions = try Self.objects(list)
        #expect(subscriptions.count >= 2)
        try Self.expectGolden(list.stdoutData, named: "subscriptions-list-contoso.json")
        let legacy = try #require(subscriptions.first { $0["offerId"] as? String == "MS-AZR-0145P" && $0["status"] as? String == "active" })
        let subscription = try #require(legacy["id"] as? String)

        let status = try cli.run(["subscriptions", "status", contoso, subscription, "--output", "json"])
        #expect(status.status == 0, "\(status.stderr)")
        let statusObject = try #require(try status.json() as? [String: Any])
        #expect(statusObject["subscriptionId"] as? String == subscription)
        #expect(["Registered", "Registering", "NotRegistered"].contains(statusObject["status"] as? String ?? ""))

        let registered = try cli.run(["subscriptions", "register", contoso, subscription, "--wait", "--timeout", "60", "--output", "json"])
        #expect(registered.status == 0, "\(registered.stderr)")
        #expect((try registered.json() as? [String: Any])?["status"] as? String == "Registered")
        let table = try cli.run(["subscriptions", "status", contoso, subscription])
        #expect(table.stdout.contains("Registration") && table.stdout.contains("Registered"))
    }

    @Test("products (golden JSON), skus, availabilities and an inventory check for one country")
    func catalog() throws {
        let cli = try CLIProcess()
        let products = try cli.run(["products", "list", "--country", "us", "--view", "sql", "--output", "json"])
        let productList = try Self.objects(products)
        #expect(!productList.isEmpty)
        try Self.expectGolden(products.stdoutData, named: "products-list-us-sql.json")

        let vm = try Self.objects(try cli.run(["products", "list", "--country", "US", "--view", "vm", "--output", "json"]))
        let product = try #require(vm.first?["id"] as? String)
        let skus = try Self.objects(try cli.run(["skus", "list", product, "--country", "US", "--output", "json"]))
        #expect(!skus.isEmpty)
        let sku = try #require(skus.first?["id"] as? String)
        let availabilities = try Self.objects(try cli.run(["availabilities", "list", product, sku, "--country", "US", "--output", "json"]))
        #expect(availabilities.first?["catalogItemId"] as? String != nil)
        let plan = try Self.objects(try cli.run(["availabilities", "list", product, sku, "--country", "US", "--azure-plan", "--output", "json"]))
        #expect(plan.first?["id"] as? String != availabilities.first?["id"] as? String, "Azure plan availabilities have other IDs")

        let contoso = try Self.customerID(named: "Contoso Ltd", in: cli)
        let subscriptions = try Self.objects(try cli.run(["subscriptions", "list", contoso, "--output", "json"]))
        let subscription = try #require(subscriptions.first?["id"] as? String)
        let region = (skus.first?["dynamicAttributes"] as? [String: Any])?["armRegionName"] as? String ?? "eastus"
        let inventory = try cli.run([
            "inventory", "check", product, sku, "--country", "US", "--customer", contoso, "--subscription", subscription,
            "--region", region, "--output", "json",
        ])
        let items = try Self.objects(inventory)
        #expect(items.first?["productId"] as? String == product)
        #expect(items.first?["isRestricted"] is Bool)
        let table = try cli.run(["skus", "list", product, "--country", "US"], environment: ["COLUMNS": "120"])
        #expect(table.status == 0)
        #expect(table.stdout.split(separator: "\n").first?.hasPrefix("ID") == true)
    }

    @Test("orders, reservations and invoices of a customer with history (structure only: dates are relative)")
    func history() throws {
        let cli = try CLIProcess()
        let customers = try Self.objects(try cli.run(["customers", "list", "--output", "json"]))
        var found: (customer: String, orders: [[String: Any]])?
        for customer in customers.compactMap({ $0["id"] as? String }) {
            let orders = try Self.objects(try cli.run(["orders", "list", customer, "--billing-type", "one_time", "--output", "json"]))
            if !orders.isEmpty {
                found = (customer, orders)
                break
            }
        }
        let (customer, orders) = try #require(found, "a seeded customer with past purchases")
        let order = try #require(orders.first?["id"] as? String)
        #expect(orders.allSatisfy { $0["billingCycle"] as? String == "one_time" })
        let shown = try #require(try cli.run(["orders", "show", customer, order, "--output", "json"]).json() as? [String: Any])
        #expect(shown["id"] as? String == order)
        #expect((shown["lineItems"] as? [Any])?.isEmpty == false)

        let reservations = try Self.objects(try cli.run(["reservations", "list", customer, "--output", "json"]))
        #expect(!reservations.isEmpty)
        #expect(reservations.allSatisfy { $0["expiryDate"] is String && $0["productId"] is String })
        let soon = try Self.objects(try cli.run(["reservations", "list", customer, "--expiring-within", "0", "--output", "json"]))
        #expect(soon.count <= reservations.count)

        let balance = try cli.run(["invoices", "balance", "--output", "json"])
        #expect(balance.status == 0)
        #expect((try balance.json() as? [String: Any])?["balanceAmount"] is NSNumber)
        let summaries = try Self.objects(try cli.run(["invoices", "summaries", "--output", "json"]))
        #expect(!summaries.isEmpty)
        let invoices = try Self.objects(try cli.run(["invoices", "list", "--output", "json"]))
        let closed = try #require(invoices.first { ($0["paidAmount"] as? NSNumber)?.doubleValue ?? 0 > 0 } ?? invoices.last)
        let invoice = try #require(closed["id"] as? String)
        let detail = try #require(try cli.run(["invoices", "show", invoice, "--output", "json"]).json() as? [String: Any])
        #expect(detail["id"] as? String == invoice)
        let lines = try Self.objects(try cli.run(["invoices", "lineitems", invoice, "--output", "json"]))
        #expect(lines.allSatisfy { $0["orderId"] is String })

        let pdf = cli.home.appendingPathComponent("statement.pdf")
        let saved = try cli.run(["invoices", "pdf", invoice, "--out", pdf.path])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test("prices list as CSV parses back with the header")
    func prices() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["prices", "list", "--country", "US", "--output", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\r\n"))
        let rows = CLIText.parseCSV(result.stdout)
        #expect(rows.first == ["Product", "SKU", "Title", "Region", "Term", "Price", "Currency"])
        #expect(rows.count > 1000)
        #expect(rows.dropFirst().allSatisfy { $0.count == 7 && $0[6] == "USD" && Double($0[5]) != nil })
    }
}
