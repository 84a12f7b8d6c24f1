import TerminalUI
import ScreenKit
import CustomersFeature

/// Bindings that work in every pane: moving between the lists, the keys that open each screen (its
/// ``Screen/openingKeys``, in ``Pane/openingOrder``), the command line, help and quit.
public enum GlobalBindings {
    public static let all: [Binding] = [
        Binding(keys: [.tab], command: .focusNextPane, help: "Focus the next pane (in billing: between the invoices and the line items)", footer: "pane"),
        Binding(keys: [.backTab], command: .focusPreviousPane, help: "Focus the previous pane"),
        Binding(keys: [.char("1")], command: .focusCustomers, help: "Focus the customers pane"),
        Binding(keys: [.char("2")], command: .focusSubscriptions, help: "Focus the subscriptions pane",
                unavailable: { $0.customers.selectedCustomer == nil ? "Select a customer first" : nil }),
    ] + Pane.openingOrder.flatMap { $0.screen.openingKeys } + [
        Binding(keys: [.char(":")], command: .openCommandLine,
                help: "Open the command line (" + verbsBesideHelp + ")"),
        Binding(keys: [.char("?")], command: .showHelp, help: "Show all keys", footer: "help"),
        Binding(keys: [.char("q"), .ctrl("c")], command: .quit, help: "Quit pcres", footer: "quit"),
    ]

    /// The `:` verbs for the `:` key's help line, but `:help`, which `?` already is.
    private static var verbsBesideHelp: String {
        CommandLineVerb.all.filter { $0.names[0] != "help" }.map(\.usage).joined(separator: ", ")
    }
}
