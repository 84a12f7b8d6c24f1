import Foundation
import Testing

/// Renewal by keystrokes on the built-in sandbox (whose seeded history has reservations expiring soon): the expiry
/// board's R fills the cart with the same reservation at today's price, and the normal checkout follows; nothing is
/// bought without a typed BUY.
@Suite(.serialized)
struct RenewalEndToEndTests {
    @Test("E, w w (90 days), R on the soonest reservation: the cart holds its renewal with what was paid and today's price; b runs the normal checkout; nothing is bought")
    func renewFromTheBoard() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.waitFor("customers loaded", timeout: 30)
        try session.press("E")
        try session.waitUntil(description: "the board loaded", timeout: 60) { $0.contains("48/48 customers read") }
        // The seeded history's next expiries are one to three months away: the 90-day window shows them.
        try session.press("w", "w")
        try session.waitUntil(description: "a reservation within 90 days") { $0.contains("next 90 days") && $0.contains("\n│› ") }
        try session.press("R")
        let cart = try session.waitUntil(description: "the renewal in the cart", timeout: 60) { $0.contains("to the cart; b checks out") }
        #expect(cart.contains("Added 1 renewal for "), "\(cart)")
        #expect(cart.contains("Renews "), "the line is named for what it renews:\n\(cart)")
        #expect(cart.range(of: #"paid [0-9,.]+ [A-Z]{3} · today [0-9,.]+ [A-Z]{3}"#, options: .regularExpression) != nil,
                "what was paid beside today's price:\n\(cart)")
        // The normal checkout follows: the preflight, then the summary waiting for a typed BUY, or the problems it
        // found (the seeded subscriptions are not all registered, some SKUs need an inventory check) — never an order.
        try session.press("b")
        let checkout = try session.waitUntil(description: "the summary or the preflight's problems", timeout: 60) {
            $0.contains("Type BUY to confirm") || $0.contains("Nothing was sent and the cart is unchanged")
        }
        if checkout.contains("Type BUY to confirm") {
            #expect(checkout.contains("(paid "), "the summary shows the paid price too:\n\(checkout)")
            try session.press("Escape")
            try session.waitFor("Checkout cancelled; nothing was bought")
        } else {
            #expect(checkout.contains("Cannot check out"), "\(checkout)")
            try session.press("Escape")
            try session.waitFor("the cart is unchanged")
        }
    }
}
