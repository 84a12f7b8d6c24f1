import ArgumentParser

/// `pcres`: the terminal tool for buying and managing Azure reservations through Partner Center.
@main
struct PcresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pcres",
        abstract: "Buy and manage Azure reservations for your CSP customers, from a terminal.",
        discussion: """
            With no subcommand pcres opens the full-screen interface. With no profile configured it runs on \
            the built-in sandbox: a local Partner Center started in-process on 127.0.0.1, with its state in \
            $XDG_DATA_HOME/pcres/sandbox.sqlite. Nothing you do there reaches Microsoft.

            Examples:
              pcres                          open the interface on the sandbox
              pcres --theme light --ascii    a light theme with ASCII box drawing
              pcres sandbox serve --port 8080
                                             run the sandbox alone so a team can share it
            """,
        subcommands: [InterfaceCommand.self, SandboxCommand.self, KeysCommand.self],
        defaultSubcommand: InterfaceCommand.self)
}
