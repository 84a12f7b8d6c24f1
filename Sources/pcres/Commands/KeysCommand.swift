import Foundation
import ArgumentParser
import ReservationsTUI

/// `pcres keys`: prints the key bindings (the source of docs/keybindings.md).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print every key binding of the interface.",
        discussion: "Example:\n  pcres keys --markdown > docs/keybindings.md")

    @Flag(help: "Print Markdown (the format of docs/keybindings.md).") var markdown = false

    func run() {
        if markdown {
            print(KeybindingsDoc.markdown(), terminator: "")
            return
        }
        for (scope, bindings) in Keymap.allTables {
            print(scope)
            for binding in bindings {
                let keys = binding.keyNames(ascii: true)
                print("  \(keys.padding(toLength: max(keys.count, 18), withPad: " ", startingAt: 0))\(binding.help)")
            }
        }
    }
}
