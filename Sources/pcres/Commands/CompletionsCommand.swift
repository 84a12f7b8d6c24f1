import ArgumentParser

/// `pcres completions bash|zsh|fish`: prints ArgumentParser's completion script for the whole command tree.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the shell completion script for bash, zsh or fish.",
        discussion: """
            Examples:
              pcres completions bash > ~/.local/share/bash-completion/completions/pcres
              pcres completions zsh > "${fpath[1]}/_pcres"
              pcres completions fish > ~/.config/fish/completions/pcres.fish
            """)

    /// The shells ArgumentParser writes scripts for.
    enum Shell: String, CaseIterable, ExpressibleByArgument {
        case bash, zsh, fish
    }

    @Argument(help: "The shell: bash, zsh or fish.") var shell: Shell

    func run() throws {
        guard let completionShell = CompletionShell(rawValue: shell.rawValue) else {
            throw ValidationError("no completion script for \(shell.rawValue)")
        }
        print(PcresCommand.completionScript(for: completionShell))
    }
}
