import Foundation

/// A terminal without a screen: replays scripted input and records every presented frame.
///
/// Tests drive the whole run loop with it, then compare ``lastFrame`` (or every frame) as text:
///
/// ```swift
/// let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), events: [.key(.down), .key(.char("q"))])
/// try App.run(on: terminal)
/// try assertSnapshot(terminal.lastFrame?.plainText() ?? "", named: "after-down")
/// ```
///
/// It is `@unchecked Sendable`: all state sits behind a lock, so a test may enqueue events from another
/// task while the loop runs. ``nextEvent(timeout:)`` never sleeps; it returns `nil` at once when the
/// script is exhausted, so loops must also stop on their own (for example on a scripted `q`).
public final class HeadlessTerminal: Terminal, @unchecked Sendable {
    private let lock = NSLock()
    private var pendingEvents: [InputEvent]
    private var currentCapabilities: TerminalCapabilities
    private var frames: [CellGrid] = []
    private var themes: [Theme] = []

    /// Creates a terminal of `size` that will deliver `events` in order, one per ``nextEvent(timeout:)``.
    public init(size: Size, events: [InputEvent] = [], hasColors: Bool = true, isUTF8: Bool = true) {
        self.pendingEvents = events
        self.currentCapabilities = TerminalCapabilities(
            size: size, hasColors: hasColors, colorCount: hasColors ? 256 : 0, isUTF8: isUTF8)
    }

    /// The current capabilities; `size` follows ``resize(to:)``.
    public var capabilities: TerminalCapabilities {
        lock.withLock { currentCapabilities }
    }

    /// The next scripted event, or `nil` at once when none is left (the timeout is not waited).
    public func nextEvent(timeout: Duration) -> InputEvent? {
        lock.withLock { pendingEvents.isEmpty ? nil : pendingEvents.removeFirst() }
    }

    /// Records the frame and the theme it was presented with.
    public func present(_ grid: CellGrid, theme: Theme) {
        lock.withLock {
            frames.append(grid)
            themes.append(theme)
        }
    }

    /// Appends events to the script.
    public func enqueue(_ events: [InputEvent]) {
        lock.withLock { pendingEvents.append(contentsOf: events) }
    }

    /// Appends key presses to the script.
    public func enqueue(keys: [KeyChord]) {
        enqueue(keys.map { .key($0) })
    }

    /// Changes the size and enqueues the matching `.resize` event, as a window manager would.
    public func resize(to size: Size) {
        lock.withLock {
            currentCapabilities.size = size
            pendingEvents.append(.resize(size))
        }
    }

    /// Every grid presented so far, oldest first.
    public var presentedFrames: [CellGrid] {
        lock.withLock { frames }
    }

    /// The most recently presented grid.
    public var lastFrame: CellGrid? {
        lock.withLock { frames.last }
    }

    /// The theme the most recent frame was presented with.
    public var lastTheme: Theme? {
        lock.withLock { themes.last }
    }

    /// How many scripted events have not been delivered yet.
    public var remainingEventCount: Int {
        lock.withLock { pendingEvents.count }
    }
}
