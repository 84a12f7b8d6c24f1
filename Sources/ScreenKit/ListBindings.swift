import TerminalUI

/// Movement keys shared by every list pane.
public enum ListBindings {
    public static func movement<State, Effect>() -> [KeyBinding<State, Effect>] {
        [
            KeyBinding(keys: [.char("k"), .up], command: .moveUp, help: "Move up"),
            KeyBinding(keys: [.char("j"), .down], command: .moveDown, help: "Move down", footer: "move"),
            KeyBinding(keys: [.pageUp, .ctrl("b")], command: .pageUp, help: "Page up"),
            KeyBinding(keys: [.pageDown, .ctrl("f")], command: .pageDown, help: "Page down"),
            KeyBinding(keys: [.char("g"), .home], command: .moveToTop, help: "Go to the first row"),
            KeyBinding(keys: [.char("G"), .end], command: .moveToBottom, help: "Go to the last row"),
        ]
    }
}
