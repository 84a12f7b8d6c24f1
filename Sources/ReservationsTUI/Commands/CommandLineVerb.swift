import ScreenKit

/// One verb of the `:` command line. Each screen lists the verbs that open it (``Screen/commandLineVerbs``); the
/// reducer, the help screen, the unknown-verb message and docs/keybindings.md all read ``all``, so they cannot
/// disagree.
public typealias CommandLineVerb = CommandVerb<AppState, Effect>

extension CommandVerb where State == AppState, Effect == ReservationsTUI.Effect {
    public static var all: [CommandLineVerb] {
        Pane.openingOrder.flatMap { $0.screen.commandLineVerbs } + [
            CommandLineVerb(["help"], help: "Show this help") { _, state in
                state.overlay = .help(HelpScreen(focus: state.focus))
                return []
            },
            CommandLineVerb(["quit", "q"], help: "Quit pcres") { _, state in
                state.shouldQuit = true
                return []
            },
        ]
    }

    /// The verb `word` names (case-insensitive), or nil.
    public static func named(_ word: String) -> CommandLineVerb? {
        let word = word.lowercased()
        return all.first { $0.names.contains(word) }
    }

    /// `:customer NAME, :cart, …` for messages.
    public static var usageList: String { all.map(\.usage).joined(separator: ", ") }
}
