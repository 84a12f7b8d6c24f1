/// The `:` command line's verbs: one table for the reducer, the help screen, the unknown-verb message and
/// docs/keybindings.md, so they cannot disagree.
public enum CommandLineVerb: CaseIterable, Sendable {
    case customer, cart, orders, reservations, expiring, billing, help, quit

    /// The names it answers to, the documented one first.
    public var names: [String] {
        switch self {
        case .customer: ["customer", "c"]
        case .cart: ["cart"]
        case .orders: ["orders"]
        case .reservations: ["reservations", "reservation", "res"]
        case .expiring: ["expiring", "expiry"]
        case .billing: ["billing", "invoices"]
        case .help: ["help"]
        case .quit: ["quit", "q"]
        }
    }

    /// The argument it takes, for the usage text, or nil.
    public var argument: String? { self == .customer ? "NAME" : nil }

    public var help: String {
        switch self {
        case .customer: "Filter the customers by NAME and select the first match"
        case .cart: "Open the cart"
        case .orders: "Open the orders of the selected customer"
        case .reservations: "Open the reservations of the selected customer"
        case .expiring: "Open the expiry board (reservations of every customer ending soon)"
        case .billing: "Open billing: invoices, this month's unbilled charges, line items"
        case .help: "Show this help"
        case .quit: "Quit pcres"
        }
    }

    /// `:customer NAME`.
    public var usage: String { ":" + names[0] + (argument.map { " " + $0 } ?? "") }

    /// The verb `word` names (case-insensitive), or nil.
    public static func named(_ word: String) -> CommandLineVerb? {
        let word = word.lowercased()
        return allCases.first { $0.names.contains(word) }
    }

    /// `:customer NAME, :cart, …` for messages.
    public static var usageList: String { allCases.map(\.usage).joined(separator: ", ") }
}
