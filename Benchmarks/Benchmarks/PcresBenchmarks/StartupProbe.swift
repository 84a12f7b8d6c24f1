import Foundation
import PartnerCenterSandbox
import ReservationsCore
import ReservationsTUI
import TerminalUI
import ScreenKit

/// What `pcres` does from `main` to its first frames on the built-in sandbox, in-process: open the sandbox's
/// SQLite file and start the server, make the client, run the first reducer step and its effects, render and
/// present (to a headless terminal), then wait for the first page of customers and present again.
///
/// Not included: exec and dynamic loading of the binary, argument parsing, theme file reading and curses start-up.
enum StartupProbe {
    struct Result {
        /// Milliseconds to the first frame (the "Loading customers…" screen).
        var firstFrame: Double
        /// Milliseconds to the first frame that lists customers.
        var customersFrame: Double
    }

    static func run(databaseFolder: URL) async throws -> Result {
        let start = ContinuousClock.now
        let sandbox = try await SandboxServer.start(
            SandboxConfiguration(databaseURL: databaseFolder.appendingPathComponent("sandbox.sqlite")))
        let (client, _) = BenchWorld.makeClient(sandbox.baseURL)
        let mailbox = Mailbox()
        let runner = EffectRunner(directory: CustomerDirectory(client: client), mailbox: mailbox)
        let size = Size(width: 100, height: 30)
        let terminal = HeadlessTerminal(size: size)
        var state = AppState(environment: AppEnvironment(), size: size)
        runner.run(AppReducer.reduce(&state, .started))
        terminal.present(AppView.render(state), theme: .default)
        let firstFrame = Samples.milliseconds(since: start)
        var customersFrame = Double.infinity
        while Samples.milliseconds(since: start) < 10_000 {
            for action in mailbox.drain() { runner.run(AppReducer.reduce(&state, action)) }
            if !state.customers.rows.isEmpty {
                terminal.present(AppView.render(state), theme: .default)
                customersFrame = Samples.milliseconds(since: start)
                break
            }
            try await Task.sleep(for: .milliseconds(1))
        }
        runner.cancelAll()
        await sandbox.stop()
        return Result(firstFrame: firstFrame, customersFrame: customersFrame)
    }
}
