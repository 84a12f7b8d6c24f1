import Foundation
import ReservationsTUI
import TerminalUI
import TerminalUICurses

#if canImport(Glibc)
    import Glibc
#endif

/// What the interface does between a key and the next frame, minus the wait for input: the reducer,
/// `AppView.render` into a new `CellGrid`, and the curses backend's `present` (GridDiff, then curses writing the
/// changed cells). curses writes into a temporary file instead of a terminal, so the bytes it sends are counted.
final class FramePipeline {
    private(set) var state: AppState
    let terminal: CursesTerminal
    private let output: Int32
    private let input: Int32
    private let url: URL

    init(state: AppState, terminalType: String = "xterm-256color") throws {
        self.state = state
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-bench-\(UUID().uuidString).out")
        output = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        input = open("/dev/null", O_RDONLY)
        terminal = try CursesTerminal(options: .init(
            terminalType: terminalType, outputFileDescriptor: output, inputFileDescriptor: input, size: state.size,
            trapsSignals: false))
        present()
    }

    /// Milliseconds per stage of each `press`: the reducer, `AppView.render`, `CursesTerminal.present`.
    private(set) var reduceTimes = Samples()
    private(set) var renderTimes = Samples()
    private(set) var presentTimes = Samples()

    /// Reduces one key press and presents the next frame.
    func press(_ key: KeyChord) {
        let start = ContinuousClock.now
        _ = AppReducer.reduce(&state, .keyPressed(key))
        let reduced = ContinuousClock.now
        let grid = AppView.render(state)
        let rendered = ContinuousClock.now
        terminal.present(grid, theme: .default)
        reduceTimes.add(Samples.milliseconds(since: start) - Samples.milliseconds(since: reduced))
        renderTimes.add(Samples.milliseconds(since: reduced) - Samples.milliseconds(since: rendered))
        presentTimes.add(Samples.milliseconds(since: rendered))
    }

    /// p50 and p99 of each stage, into the summary.
    func recordStages(_ key: String, dropping warmup: Int) {
        SummaryFile.record("\(key).reduce", latencies: Samples(dropping: warmup, of: reduceTimes))
        SummaryFile.record("\(key).render", latencies: Samples(dropping: warmup, of: renderTimes))
        SummaryFile.record("\(key).present", latencies: Samples(dropping: warmup, of: presentTimes))
    }

    /// Changes the state outside the reducer (set-up only).
    func update(_ change: (inout AppState) -> Void) {
        change(&state)
    }

    func present() {
        terminal.present(AppView.render(state), theme: .default)
    }

    /// Bytes curses has written so far.
    var bytesWritten: Int { terminal.bytesWritten ?? 0 }

    func close() {
        terminal.restore()
        Glibc.close(output)
        Glibc.close(input)
        try? FileManager.default.removeItem(at: url)
    }
}
