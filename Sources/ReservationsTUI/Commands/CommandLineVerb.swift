import ScreenKit
/// One verb of the `:` command line. Each screen lists the verbs that open it (``Screen/commandLineVerbs``); the
/// reducer, the help screen, the unknown-verb message and docs/keybindings.md all read ``all``, so they cannot
/// disagree.
public struct CommandLineVerb: Sendable {
    /// The names it answers to, the documented one first.
    public let names: [String]
    /// The argument it takes, for the usage text, or nil.
    public let argument: String?
    public let help: String
    /// What it does, given the rest of the line (trimmed; empty when there is none).
    let perform: @Sendable (_ argument: String, _ state: inout AppState) -> [Effect]

    init(
        _ names: [String], argument: String? = nil, help: String,
        perform: @escaping @Sendable (_ argument: String, _ state: inout AppState) -> [Effect]
    ) {
        self.names = names
        self.argument = argument
        self.help = help
        self.perform = perform
    }

    /// `:customer NAME`.
    public var usage: String { ":" + names[0] + (argument.map { " " + $0 } ?? "") }

    /// Every verb: the screens' in ``Pane/openingOrder``, then help and quit.
    public static let all: [CommandLineVerb] = Pane.openingOrder.flatMap { $0.screen.commandLineVerbs } + [
        CommandLineVerb(["help"], help: "Show this help") { _, state in
            state.overlay = .help(HelpScreen(focus: state.focus))
            return []
        },
        CommandLineVerb(["quit", "q"], help: "Quit pcres") { _, state in
            state.shouldQuit = true
            return []
        },
    ]

    /// The verb `word` names (case-insensitive), or nil.
    public static func named(_ word: String) -> CommandLineVerb? {
        let word = word.lowercased()
        return all.first { $0.names.contains(word) }
    }

    /// `:customer NAME, :cart, …` for messages.
    public static var usageList: String { all.map(\.usage).joined(separator: ", ") }
}
