import Foundation
import ReservationsCore
import Testing

/// `~` is the operator's `$HOME`, as in the shell, even when it is not the account's home.
struct UserPathTests {
    @Test("~ and ~/x expand from $HOME; other paths are kept", arguments: [
        ("~/li.csv", "/tmp/other-home/li.csv"), ("~", "/tmp/other-home"), ("./li.csv", "./li.csv"),
        ("/abs/li.csv", "/abs/li.csv"), ("a~/b", "a~/b"),
    ])
    func expandsFromHome(typed: String, expected: String) {
        #expect(UserPath.expand(typed, environment: ["HOME": "/tmp/other-home"]) == expected)
    }

    @Test("a HOME ending in / does not double the slash; ~user names that user's home from the password database")
    func edges() {
        #expect(UserPath.expand("~/x", environment: ["HOME": "/tmp/h/"]) == "/tmp/h/x")
        #expect(UserPath.expand("~root/x", environment: ["HOME": "/tmp/h"]) == "/root/x")
    }
}
