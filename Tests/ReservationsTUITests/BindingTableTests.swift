import Foundation
import ReservationsTUI
import TerminalUI
import Testing
@testable import ScreenKit

struct BindingTableTests {
    @Test("no two bindings in one scope share a key, and pane keys never hide a global key by accident")
    func uniqueKeys() {
        for (scope, bindings) in Keymap.allTables {
            var seen: [KeyChord: String] = [:]
            for binding in bindings {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(scope): \(key) is bound to both \(seen[key] ?? "") and \(binding.name)")
                    seen[key] = binding.name
                }
            }
        }
        let globalKeys = Set(GlobalBindings.all.flatMap(\.keys))
        for (scope, bindings) in Keymap.allTables where scope != "Global" {
            let overlap = Set(bindings.flatMap(\.keys)).intersection(globalKeys)
            #expect(overlap.isEmpty, "\(scope) shadows global keys \(overlap)")
        }
    }

    @Test("every command has a key")
    func everyCommandIsBound() {
        let bound = Set(Keymap.allTables.flatMap { $0.bindings.compactMap(\.command) })
        #expect(Set(Command.allCases).subtracting(bound).isEmpty)
    }

    @Test("docs/keybindings.md is generated from the binding tables and is up to date (make keybindings-doc)")
    func keybindingsDocIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let onDisk = try String(contentsOf: root.appendingPathComponent("docs/keybindings.md"), encoding: .utf8)
        #expect(onDisk == KeybindingsDoc.markdown(), "docs/keybindings.md is stale: run `make keybindings-doc`")
        for (_, bindings) in Keymap.allTables {
            for binding in bindings { #expect(onDisk.contains(binding.help)) }
        }
    }

    @Test("the footer shows the focused pane's hints, then the global ones, and greys out unavailable ones")
    func footerHints() {
        var state = Fixtures.loadedState()
        #expect(Keymap.footerHints(for: state).map(\.label) == ["move", "open", "filter", "refresh", "pane", "cart", "help", "quit"])
        _ = Fixtures.press([.enter], &state)
        #expect(Keymap.footerHints(for: state).map(\.label) == ["move", "catalog", "register", "back", "refresh", "pane", "cart", "help", "quit"])
        let empty = AppState(environment: AppEnvironment(), size: Size(width: 100, height: 30))
        #expect(Keymap.footerHints(for: empty).first { $0.label == "open" }?.isEnabled == false)
    }
}
