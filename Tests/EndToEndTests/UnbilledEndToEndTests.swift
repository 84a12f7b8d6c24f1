import Foundation
import Testing

/// A purchase from keystrokes to the bill (#17): unbilled at once, found by `i`, then on the invoice the month's
/// close issues, read through the Graph export, and exported to the same CSV as the command line writes.
@Suite(.serialized)
struct UnbilledEndToEndTests {
    /// The position the invoices list's header shows (`3/19` → 3).
    static func invoiceRow(_ screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first(where: { $0.contains(" Invoice ") && $0.contains(" Charges ") }),
            let match = header.firstMatch(of: /(\d+)\/\d+/)
        else { return nil }
        return Int(match.1)
    }

    /// Moves the billing cursor from the top down until `text` is on the selected (marked) row, waiting for each
    /// move to show before looking (a look before the key is handled would skip a row).
    static func select(_ text: String, in session: TmuxSession) throws {
        try session.press("g")
        var row = 1
        try session.waitUntil(description: "the cursor on the first row") { Self.invoiceRow($0) == 1 }
        while true {
            let screen = try session.screen()
            if screen.split(separator: "\n").contains(where: { $0.contains("› \(text)") }) { return }
            guard row < 40 else { throw TmuxSession.Failure.timedOut(waitingFor: "the cursor on \(text)", screen: screen) }
            try session.press("Down")
            row += 1
            try session.waitUntil(description: "the cursor on row \(row)") { Self.invoiceRow($0) == row }
        }
    }

    @Test("buy, then B shows it under This month (unbilled); i finds it; after the month closes it is on the new invoice (Graph export) and x writes the CSV pcres invoices lineitems writes")
    func purchaseToInvoice() throws {
        let cli = try CLIProcess()
        // Orders listed at once, so the orders pane shows the new one; the month is closed on the control route.
        let (server, origins) = try BackgroundCLI.servedSandboxOrigins(cli, arguments: ["--order-list-delay", "0"])
        defer { server.stop() }
        let control = SandboxControl(url: origins.url)
        cli.defaults = origins.environment
        let session = try TmuxSession(width: 120, height: 40, environment: origins.environment)

        // Buy by keystrokes, typing BUY.
        try PurchaseEndToEndTests.openCheckoutOfCheapestSKU(session)
        try session.type("BUY")
        try session.press("Enter")
        try session.waitFor("Checkout finished", timeout: 60)
        let customer = try CLICommandsTests.customerID(named: "Contoso Ltd", in: cli)
        let orderID = try #require(try control.allOrderIDs(customer: customer).first)
        let orderStart = String(orderID.prefix(10))

        // Billing: the purchase is this month's unbilled charge, not on an invoice.
        try session.press("Enter")  // View orders
        try session.waitUntil(description: "the new order", timeout: 30) { $0.contains(" new ") }
        try session.press("B")
        let billing = try session.waitFor("this month (unbilled) in USD", timeout: 60)
        #expect(billing.contains("This month (unbilled)"))
        try Self.select("This month (unbilled)", in: session)
        try session.press("Enter")
        let unbilled = try session.waitFor("unbilled line item")
        #expect(unbilled.contains("Line items of this month (unbilled) USD: 1"), "\(unbilled)")
        #expect(unbilled.contains(orderStart), "the order is among the unbilled lines: \(unbilled)")

        // i on the order finds it among the unbilled charges.
        try session.press("Tab")
        try session.press("o")
        try session.waitFor("Order \(orderID) of Contoso Ltd", timeout: 30)
        try session.press("i")
        let found = try session.waitFor("1 invoice line of \(orderID)", timeout: 60)
        #expect(found.contains("unbilled · new ·"), "\(found)")

        // The month closes: the charge is on a new invoice, read through the Graph export.
        let issued = try control.closeMonth()
        #expect(issued.count == 1, "one currency, one invoice: \(issued)")
        let invoiceID = try #require(issued.first)
        try session.press("B")
        try session.press("r")
        let reloaded = try session.waitFor(invoiceID, timeout: 60)
        try session.waitFor("nothing unbilled this month", timeout: 60)
        #expect(!reloaded.contains("› This month (unbilled)"))
        try Self.select(invoiceID, in: session)
        try session.press("Enter")
        let lines = try session.waitFor("1 line item of \(invoiceID)", timeout: 60)
        #expect(lines.contains(orderStart), "\(lines)")

        // x writes the CSV that pcres invoices lineitems writes, byte for byte.
        let csvURL = session.home.appendingPathComponent("invoice.csv")
        try session.press("x")
        try session.waitFor("line item to:")
        try BillingEndToEndTests.answerPrompt(session, with: csvURL.path)
        try session.waitFor("Wrote \(csvURL.path)", timeout: 30)
        try session.press("q")
        try session.waitFor("EXIT=0")
        let csv = try Data(contentsOf: csvURL)
        let result = try cli.run(["invoices", "lineitems", invoiceID, "--output", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutData == csv)
        #expect(String(decoding: csv, as: UTF8.self).contains(orderID))
    }
}
