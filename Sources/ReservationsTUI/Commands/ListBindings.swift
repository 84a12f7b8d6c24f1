import TerminalUI

/// Movement keys shared by every list pane.
public enum ListBindings {
    public static let movement: [Binding] = [
        Binding(keys: [.char("k"), .up], command: .moveUp, help: "Move up"),
        Binding(keys: [.char("j"), .down], command: .moveDown, help: "Move down", footer: "move"),
        Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp, help: "Page up"),
        Binding(keys: [.pageDown, .ctrl("f")], command: .pageDown, help: "Page down"),
        Binding(keys: [.char("g"), .home], command: .moveToTop, help: "Go to the first row"),
        Binding(keys: [.char("G"), .end], command: .moveToBottom, help: "Go to the last row"),
    ]
}
