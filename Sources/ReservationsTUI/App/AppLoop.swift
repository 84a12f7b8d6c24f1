import TerminalUI
import ScreenKit

/// The single-threaded run loop: input and effect results in, frames out. curses is touched only here.
public struct AppLoop {
    /// How long to wait for a key before checking the mailbox again.
    public static let inputTimeout: Duration = .milliseconds(40)
    /// Most keys applied between two frames.
    public static let maximumBatch = 256

    public let terminal: any Terminal
    public let theme: Theme
    public let runner: EffectRunner
    public let mailbox: Mailbox
    /// Returns a signal number once SIGINT, SIGTERM or SIGHUP arrived.
    public let pendingSignal: () -> Int32?

    public init(terminal: any Terminal, theme: Theme, runner: EffectRunner, mailbox: Mailbox, pendingSignal: @escaping () -> Int32?) {
        self.terminal = terminal
        self.theme = theme
        self.runner = runner
        self.mailbox = mailbox
        self.pendingSignal = pendingSignal
    }

    /// How the loop ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        case signal(Int32)
    }

    /// Runs until the user quits or a signal arrives. Returns the final state and why it stopped.
    public func run(environment: AppEnvironment) -> (AppState, Outcome) {
        var state = AppState(environment: environment, size: terminal.capabilities.size)
        runner.run(AppReducer.reduce(&state, .started))
        var isDirty = true
        while true {
            if let signal = pendingSignal() { return (state, .signal(signal)) }
            for action in mailbox.drain() {
                runner.run(AppReducer.reduce(&state, action))
                isDirty = true
            }
            if isDirty {
                terminal.present(AppView.render(state), theme: theme)
                isDirty = false
            }
            if state.shouldQuit { return (state, .quit) }
            guard let event = terminal.nextEvent(timeout: Self.inputTimeout) else { continue }
            runner.run(AppReducer.reduce(&state, Self.action(for: event)))
            // Take every key already waiting (key repeat, a paste, a slow link) before drawing again,
            // so the screen never lags behind the keyboard by more than one frame.
            var batched = 1
            while batched < Self.maximumBatch, !state.shouldQuit, let next = terminal.nextEvent(timeout: .zero) {
                runner.run(AppReducer.reduce(&state, Self.action(for: next)))
                batched += 1
            }
            isDirty = true
        }
    }

    static func action(for event: InputEvent) -> Action {
        switch event {
        case .key(let key): .keyPressed(key)
        case .resize(let size): .resized(size)
        }
    }
}
