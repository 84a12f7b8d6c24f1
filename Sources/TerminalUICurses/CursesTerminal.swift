import CNcurses
import TerminalUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real screen, through ncursesw: draws ``CellGrid``s and reads keys.
///
/// ```swift
/// let terminal = try CursesTerminal(options: .init(forceNoColor: noColor))
/// defer { terminal.restore() }
/// while true {
///     if let signal = terminal.pendingSignal {
///         terminal.restore()
///         exit(CursesTerminal.exitStatus(forSignal: signal))
///     }
///     if let event = terminal.nextEvent(timeout: .milliseconds(80)) { … }
///     terminal.present(grid, theme: theme)
/// }
/// ```
///
/// `present` compares the grid with the one presented before and writes only changed cells (everything
/// after a resize, a theme change or on the first frame); curses then sends only what differs on screen.
/// Colour pairs are allocated lazily per (foreground, background) and cached; `default` colours stay
/// transparent through `use_default_colors`. Box drawing is drawn as ordinary Unicode characters (not the
/// ACS alternate charset), so it survives tmux and `capture-pane`.
///
/// Not thread-safe, like curses itself: create, use and restore it on one thread.
public final class CursesTerminal: Terminal {
    private struct CachedStyle {
        var attributes: attr_t
        var pair: Int16
    }

    private let options: Options
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputDescriptor: Int32
    private let inputDescriptor: Int32
    private let startOffset: Int
    private var palette: CursesPalette
    private var pairTable: ColorPairTable
    private var styleCache: [StyleRole: CachedStyle] = [:]
    private var cachedTheme: Theme?
    private var lastGrid: CellGrid?
    private var needsFullRepaint = true
    private var isRestored = false
    private var receivedSignal: Int32?

    /// Size, colours and character set right now.
    public private(set) var capabilities: TerminalCapabilities

    /// Glyphs that suit the terminal: ASCII when the locale is not UTF-8 or `asciiOnly` is set.
    public var glyphs: Glyphs { capabilities.preferredGlyphs }

    /// Takes over the terminal: sets the locale, starts curses in cbreak/noecho mode with keypad
    /// translation, hides the cursor and sets up colours unless `forceNoColor`.
    /// - Throws: ``CursesError`` when curses cannot start (unknown `TERM`, unusable file descriptors).
    public init(options: Options = Options()) throws {
        self.options = options
        setlocale(LC_ALL, "")
        let isUTF8 = cn_locale_is_utf8() != 0 && !options.asciiOnly

        // Duplicate the descriptors so closing our FILE streams later never closes stdin/stdout.
        let outputDescriptor = dup(options.outputFileDescriptor ?? STDOUT_FILENO)
        let inputDescriptor = dup(options.inputFileDescriptor ?? STDIN_FILENO)
        guard outputDescriptor >= 0, inputDescriptor >= 0,
            let outputFile = fdopen(outputDescriptor, "w"), let inputFile = fdopen(inputDescriptor, "r")
        else {
            if outputDescriptor >= 0 { close(outputDescriptor) }
            if inputDescriptor >= 0 { close(inputDescriptor) }
            throw CursesError(message: "cannot open the terminal's input and output")
        }
        if options.trapsSignals { SignalTrap.install() }  // before newterm, so curses keeps its hands off
        let created: OpaquePointer? = options.terminalType.map { type in
            type.withCString { newterm($0, outputFile, inputFile) }
        } ?? newterm(nil, outputFile, inputFile)
        guard let screen = created, let window = cn_stdscr() else {
            fclose(outputFile)
            fclose(inputFile)
            if options.trapsSignals { SignalTrap.uninstall() }
            let type = options.terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw CursesError(message: "cannot start curses for terminal type \"\(type)\"")
        }
        guard cn_can_address_cursor() != 0 else {
            // Drawing would smear every frame onto one line (seen with TERM=dumb); say so instead.
            endwin()
            delscreen(screen)
            fclose(outputFile)
            fclose(inputFile)
            if options.trapsSignals { SignalTrap.uninstall() }
            let type = options.terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw CursesError(
                message: "the terminal type \"\(type)\" cannot move the cursor, so the full-screen interface cannot draw",
                isUnsupportedTerminal: true)
        }
        self.screen = screen
        self.window = window
        self.outputFile = outputFile
        self.inputFile = inputFile
        self.outputDescriptor = outputDescriptor
        self.inputDescriptor = inputDescriptor
        self.startOffset = Self.fileOffset(of: outputDescriptor) ?? 0

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        for (sequence, code) in CursesKeyMap.cursorKeySequences { define_key(sequence, code) }
        leaveok(window, true)  // the cursor is hidden, so curses need not move it back after drawing
        set_escdelay(Int32(clamping: max(0, options.escapeDelayMilliseconds)))
        curs_set(0)
        if let size = options.size {
            resizeterm(Int32(clamping: size.height), Int32(clamping: size.width))
            flushinp()  // resizeterm queues a KEY_RESIZE; the caller already knows the size
        }

        var hasColors = false
        var hasDefaultColors = false
        if !options.forceNoColor, has_colors() {
            hasColors = start_color() == OK
            hasDefaultColors = hasColors && use_default_colors() == OK
        }
        let colorCount = hasColors ? Int(cn_colors()) : 0
        self.palette = CursesPalette(colorCount: colorCount, hasDefaultColors: hasDefaultColors)
        self.pairTable = ColorPairTable(capacity: hasColors ? Int(cn_color_pairs()) : 0)
        self.capabilities = TerminalCapabilities(
            size: Size(width: Int(cn_max_x(window)), height: Int(cn_max_y(window))),
            hasColors: hasColors, colorCount: colorCount, isUTF8: isUTF8)
    }

    deinit {
        restore()
    }

    // MARK: - Terminal

    /// Waits up to `timeout` for a key or a resize.
    ///
    /// Returns `nil` on timeout, for keys without a chord, and as soon as a trapped signal arrived; check
    /// ``pendingSignal`` after each call.
    public func nextEvent(timeout: Duration) -> InputEvent? {
        guard !isRestored else { return nil }
        if pendingSignal != nil { return nil }
        wtimeout(window, Self.milliseconds(timeout))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch CursesKeyMap.translate(status: status, code: UInt32(code)) {
        case .key(let chord):
            return .key(chord)
        case .resize:
            capabilities.size = Size(width: Int(cn_max_x(window)), height: Int(cn_max_y(window)))
            needsFullRepaint = true
            return .resize(capabilities.size)
        case .none:
            // A closed pty makes every read fail at once; treat it as the hang-up it is, or the loop spins.
            if status == ERR, cn_input_hung_up(inputDescriptor) != 0, receivedSignal == nil { receivedSignal = SIGHUP }
            return nil
        }
    }

    /// Draws `grid`, writing only the cells that changed since the last frame, then refreshes once.
    public func present(_ grid: CellGrid, theme: Theme) {
        guard !isRestored else { return }
        if cachedTheme != theme {
            cachedTheme = theme
            styleCache.removeAll()
            needsFullRepaint = true
        }
        let full = needsFullRepaint || lastGrid?.size != grid.size
        if full {
            werase(window)
            if needsFullRepaint { clearok(window, true) }  // after a resize the real screen may be scrambled
        }
        for run in GridDiff.changedRuns(from: full ? nil : lastGrid, to: grid) {
            draw(run, in: grid, theme: theme)
        }
        wnoutrefresh(window)
        doupdate()
        fflush(outputFile)
        lastGrid = grid
        needsFullRepaint = false
    }

    // MARK: - Lifecycle and signals

    /// The trapped signal (SIGINT, SIGTERM or SIGHUP) that arrived, if any. Once set it stays set: the
    /// loop should call ``restore()`` and exit with ``exitStatus(forSignal:)``.
    public var pendingSignal: Int32? {
        if receivedSignal == nil, options.trapsSignals, let signal = SignalTrap.takePending() {
            receivedSignal = signal
        }
        return receivedSignal
    }

    /// The conventional exit status after a signal: 128 + the signal number.
    public static func exitStatus(forSignal signal: Int32) -> Int32 {
        128 + signal
    }

    /// Gives the terminal back: ends curses (leaving the alternate screen), closes the streams and puts the
    /// default signal handlers back. Safe to call more than once; also called on deinit.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        if cn_has_alternate_screen() == 0 {
            // Without an alternate screen (vt100) the last frame stays; clear the bottom line so whatever
            // the program prints next does not mix with the footer.
            let bottom = cn_max_y(window) - 1
            wmove(window, bottom, 0)
            wclrtoeol(window)
            wrefresh(window)
        }
        endwin()
        delscreen(screen)
        fclose(outputFile)
        fclose(inputFile)
        if options.trapsSignals { SignalTrap.uninstall() }
    }

    /// Forces the next ``present(_:theme:)`` to redraw everything (Ctrl-L).
    public func setNeedsFullRepaint() {
        needsFullRepaint = true
    }

    /// Bytes written to the output since the terminal started, when the output is a regular file (the
    /// benchmark set-up); `nil` for a real terminal or a pipe.
    public var bytesWritten: Int? {
        fflush(outputFile)
        guard let offset = Self.fileOffset(of: outputDescriptor) else { return nil }
        return offset - startOffset
    }

    // MARK: - Drawing

    private func draw(_ run: GridDiff.Run, in grid: CellGrid, theme: Theme) {
        let y = Int32(clamping: run.row)
        for (index, cell) in run.cells.enumerated() where !cell.isContinuation {
            let x = run.column + index
            let style = cachedStyle(for: cell.role, theme: theme)
            let width = DisplayWidth.of(cell.character)
            let hasContinuation = grid[x + 1, run.row].isContinuation
            var scalars = Array(cell.character.unicodeScalars.prefix(Int(CCHARW_MAX)))
            // Show what curses and the terminal can draw in exactly the columns the grid reserved.
            var padRight = false
            if !capabilities.isUTF8, !cell.character.isASCII {
                scalars = [width == 1 ? ASCIIFallback.scalar(for: cell.character) : "?"]
                padRight = width == 2
            } else if let first = scalars.first {
                let cWidth = Int(cn_wcwidth(wchar_t(bitPattern: first.value)))
                if width == 2, !hasContinuation {
                    scalars = [" "]  // a wide character cut at the right edge
                } else if width == 2, cWidth != 2 {
                    if cWidth != 1 { scalars = ["?"] }
                    padRight = true
                } else if width == 1, cWidth != 1 {
                    scalars = ["?"]
                }
            } else {
                scalars = [" "]
            }
            var characters = scalars.map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            _ = cn_put_cell(window, y, Int32(clamping: x), characters, style.attributes, style.pair)
            if padRight {
                let blank: [wchar_t] = [32, 0]
                _ = cn_put_cell(window, y, Int32(clamping: x + 1), blank, style.attributes, style.pair)
            }
        }
    }

    private func cachedStyle(for role: StyleRole, theme: Theme) -> CachedStyle {
        if let cached = styleCache[role] { return cached }
        var style = theme.style(for: role)
        if !capabilities.hasColors { style = style.withoutColors }
        var attributes = cn_a_normal()
        for attribute in style.attributes {
            switch attribute {
            case .bold: attributes |= cn_a_bold()
            case .dim: attributes |= cn_a_dim()
            case .underline: attributes |= cn_a_underline()
            case .reverse: attributes |= cn_a_reverse()
            case .italic: attributes |= cn_a_italic()
            case .blink: attributes |= cn_a_blink()
            }
        }
        var pair: Int16 = 0
        if capabilities.hasColors, style.foreground != nil || style.background != nil {
            let foreground = palette.number(for: style.foreground, isBackground: false)
            let background = palette.number(for: style.background, isBackground: true)
            if foreground.needsBold { attributes |= cn_a_bold() }
            if let allocated = pairTable.pair(foreground: foreground.number, background: background.number) {
                if allocated.isNew { init_pair(allocated.number, foreground.number, background.number) }
                pair = allocated.number
            }
        }
        let cached = CachedStyle(attributes: attributes, pair: pair)
        styleCache[role] = cached
        return cached
    }

    // MARK: - Helpers

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow else { return Int32.max }
        return Int32(clamping: total.partialValue + attoseconds / 1_000_000_000_000_000)
    }

    /// The current offset of a regular file, `nil` for terminals and pipes.
    private static func fileOffset(of descriptor: Int32) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let offset = lseek(descriptor, 0, SEEK_CUR)
        return offset >= 0 ? Int(offset) : nil
    }
}
