import ArgumentParser
import Foundation

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
              pcres customers list --output json
                                             scriptable subcommands: table, json or csv output
              pcres profile add contoso --tenant contoso.onmicrosoft.com --client-id $APP_ID --secret-env CONTOSO_SECRET
              pcres --profile contoso        the interface on a real partner tenant

            Exit codes of the scriptable subcommands: 0 ok, 2 usage, 3 not found, 4 refused (--read-only, \
            service rejected), 5 throttled, 6 sign-in or access denied, 7 server or network error, 8 malformed answer.
            """,
        subcommands: [
            InterfaceCommand.self, CustomersCommand.self, SubscriptionsCommand.self, ProductsCommand.self, SKUsCommand.self,
            AvailabilitiesCommand.self, InventoryCommand.self, OrdersCommand.self, ReservationsCommand.self,
            InvoicesCommand.self, PricesCommand.self, SandboxCommand.self, KeysCommand.self,
            CartCommand.self, BuyCommand.self, PurchasesCommand.self, AuditCommand.self, LedgerCommand.self,
            ProfileCommand.self, LoginCommand.self, LogoutCommand.self, CompletionsCommand.self,
        ],
        defaultSubcommand: InterfaceCommand.self)

    /// Like ArgumentParser's `main`, but usage errors exit with 2 and print one line: `pcres: <message>`.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
                FileHandle.standardError.write(Data("pcres: \(message) (see --help)\n".utf8))
                Foundation.exit(CLIExitCode.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
