import Foundation
import Testing

/// Esc goes back to the screen the shown one was opened from, in the built binary at 80x24 without colour.
@Suite(.serialized)
struct NavigationEndToEndTests {
    @Test("board → Enter (a customer's reservations) → Esc is the board with the same row selected → Esc is the lists")
    func escBackThroughTheStack() throws {
        let session = try TmuxSession(width: 80, height: 24, environment: ["NO_COLOR": "1"])
        try session.waitFor("customers loaded", timeout: 30)
        try session.press("E")
        try session.waitUntil(description: "the board loaded", timeout: 60) { $0.contains("48/48 customers") }
        try session.press("w", "w")
        let board = try session.waitUntil(description: "a reservation within 90 days") {
            $0.contains("next 90 days") && $0.contains("\n│› ")
        }
        let selectedRow = try #require(board.split(separator: "\n").first { $0.hasPrefix("│› ") })
        try session.press("Enter")
        let reservations = try session.waitUntil(description: "the customer's reservations", timeout: 30) {
            $0.contains("╭ Reservations (") && !$0.contains("Loading")
        }
        #expect(!reservations.contains("Expiring reservations"))
        try session.press("Escape")
        let back = try session.waitFor("Expiring reservations · next 90 days")
        #expect(back.split(separator: "\n").contains(selectedRow), "the board's cursor is where it was:\n\(back)")
        try session.press("Escape")
        let lists = try session.waitFor("╭ Customers (48)")
        #expect(!lists.contains("Expiring reservations"))
        try session.press("q")
        try session.waitFor("EXIT=0", timeout: 20)
    }
}
