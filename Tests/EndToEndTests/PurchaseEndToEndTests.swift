import Foundation
import Testing

/// The purchase flow in the real binary, by keystrokes only, on the built-in sandbox.
@Suite(.serialized)
struct PurchaseEndToEndTests {
    /// Filters to Contoso Ltd and opens its subscriptions; `down` moves to the wanted subscription.
    static func openContosoSubscription(_ session: TmuxSession, down: Int) throws {
        try session.waitFor("customers loaded", timeout: 30)
        try session.press("/")
        try session.type("Contoso Ltd")
        try session.waitFor("Customers (1/48)")
        try session.press("Enter")
        try session.waitUntil(description: "filter kept") { !$0.contains("keep filter") }
        try session.press("Enter")
        try session.waitFor("Dev/Test")
        for _ in 0..<down { try session.press("Down") }
    }

    /// Opens the catalog and the cart form for the cheapest SKU.
    static func openFormForCheapestSKU(_ session: TmuxSession) throws {
        try session.press("c")
        try session.waitFor("SKUs for US", timeout: 90)
        try session.press("a")
        try session.waitFor("Add to cart")
    }

    /// Opens the catalog, adds the cheapest SKU with the form's defaults.
    static func addCheapestSKU(_ session: TmuxSession) throws {
        try openFormForCheapestSKU(session)
        try session.waitFor("Ready: Enter adds")
        try session.press("Enter")
        try session.waitFor("to the cart (1 line)")
    }

    /// Registers Contoso's Dev/Test subscription with R, adds the cheapest SKU and opens the cart (1 line).
    static func registerDevTestAndFillCart(_ session: TmuxSession) throws {
        try openContosoSubscription(session, down: 2)
        // Narrow panes say it on their last line; from 50 columns the RI reg column says "no".
        try session.waitUntil(description: "Dev/Test not registered") { screen in
            screen.contains("not registered · R registers")
                || screen.split(separator: "\n").contains { $0.contains("› Dev/Test") && $0.contains(" no ") }
        }
        try session.press("R")
        try session.waitFor("Dev/Test is registered for reservations", timeout: 40)
        try addCheapestSKU(session)
        try session.press("C")
        try session.waitFor("Cart (1) · Contoso Ltd")
    }

    /// Registers Contoso's Dev/Test subscription, puts the cheapest SKU in the cart and opens the BUY summary.
    static func openCheckoutOfCheapestSKU(_ session: TmuxSession) throws {
        try registerDevTestAndFillCart(session)
        try session.press("b")
        try session.waitFor("Type BUY to confirm", timeout: 30)
    }

    @Test("register a subscription, buy a reservation by keystrokes only, and find the order in the orders pane")
    func buyByKeystrokes() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try Self.openCheckoutOfCheapestSKU(session)
        try session.press("Enter")  // Cancel is the default
        try session.waitFor("Checkout cancelled; nothing was bought")
        try session.press("b")
        try session.waitFor("Type BUY to confirm", timeout: 30)
        try session.type("BUY")
        try session.press("Enter")
        let result = try session.waitFor("Checkout finished", timeout: 60)
        #expect(result.contains("View orders"))
        try session.press("Enter")
        let orders = try session.waitUntil(description: "the new order with its provisioning", timeout: 30) {
            $0.contains(" new ") && $0.contains("provisioning")
        }
        #expect(orders.contains("Orders ("))
        #expect(orders.contains("Dev/Test") || orders.contains("1 × "))
        try session.press("q")
        try session.waitFor("EXIT=0")
    }

    @Test("a dropped link (SIGHUP) keeps the cart: the next start offers it again")
    func draftSurvivesHangUp() throws {
        let first = try TmuxSession(width: 120, height: 40)
        try Self.openContosoSubscription(first, down: 0)
        try Self.addCheapestSKU(first)
        try TmuxSession.run("/bin/kill", ["-HUP", String(try first.programPID())])
        try first.waitFor("EXIT=129")
        let second = try TmuxSession(
            width: 120, height: 40, environment: ["XDG_DATA_HOME": first.home.appendingPathComponent("data").path])
        try second.waitFor("Restored the cart for Contoso Ltd: 1 line", timeout: 30)
        try second.press("C")
        try second.waitFor("Cart (1) · Contoso Ltd")
        try second.press("q")
        try second.waitFor("EXIT=0")
    }

    @Test("a bad quantity is explained in the form and nothing is added")
    func badQuantity() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try Self.openContosoSubscription(session, down: 0)
        try Self.openFormForCheapestSKU(session)
        try session.press("BSpace")
        try session.type("1.5")
        // No real maximum on this SKU: "of at least 1". "1." is already wrong, so wait for the whole of "1.5".
        let screen = try session.waitUntil(description: "the typed 1.5 refused") {
            $0.contains("Quantity must be a whole number of at least 1, not \"1.5\"")
        }
        #expect(screen.contains("1.5"), "the quantity keeps what was typed")
        #expect(!screen.contains("Ready"))
        try session.press("Enter")
        try session.waitFor("Add to cart")
        try session.press("Escape")
        try session.waitFor("Nothing added")
        try session.press("C")
        try session.waitFor("The cart is empty")
        try session.press("q")
        try session.waitFor("EXIT=0")
    }
}
