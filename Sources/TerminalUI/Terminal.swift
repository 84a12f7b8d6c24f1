/// The only thing the run loop knows about the real screen.
///
/// ```swift
/// while running {
///     if let event = terminal.nextEvent(timeout: .milliseconds(80)) { state.apply(event) }
///     var grid = CellGrid(size: terminal.capabilities.size)
///     render(state, into: &grid)
///     terminal.present(grid, theme: theme)
/// }
/// ```
///
/// Implementations are used from one thread (curses is not thread-safe): ``HeadlessTerminal`` for tests,
/// `CursesTerminal` (in `TerminalUICurses`) for the screen.
public protocol Terminal: AnyObject {
    /// Size, colours and character set of the terminal right now.
    var capabilities: TerminalCapabilities { get }

    /// Waits up to `timeout` for a key or resize; `nil` when nothing happened.
    func nextEvent(timeout: Duration) -> InputEvent?

    /// Shows `grid`, painting each cell's role with `theme`.
    func present(_ grid: CellGrid, theme: Theme)
}
