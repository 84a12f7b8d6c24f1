/// A one-line text input: the `/` filter line and the `:` command line.
///
/// A value: the pane state holds it and feeds it keys; ``handle(_:)`` says whether the key was used, so
/// unused keys (Enter, Esc, arrows up/down) can go on to the binding tables.
///
/// Editing keys: printable characters insert; Backspace/Ctrl-H and Delete/Ctrl-D delete; ←/→ (Ctrl-B/F)
/// move; Home/End (Ctrl-A/E) jump; Ctrl-U clears the line; Ctrl-K deletes to the end; Ctrl-W deletes the
/// word before the cursor.
public struct TextField: Hashable, Sendable {
    /// The text typed so far.
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// The cursor position in characters, `0...text.count`.
    public var cursor: Int {
        didSet { cursor = min(max(0, cursor), text.count) }
    }

    /// Creates a field holding `text` with the cursor at `cursor` (the end by default).
    public init(text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    /// Whether the field is empty.
    public var isEmpty: Bool { text.isEmpty }

    /// Applies an editing key.
    /// - Returns: `true` when the key is an editing key (even if it changed nothing, such as ← at the
    ///   start), `false` when the caller should handle it.
    public mutating func handle(_ key: KeyChord) -> Bool {
        switch key {
        case .char(let character):
            guard key.isPrintable else { return false }
            insert(String(character))
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            cursor -= 1  // first, because shrinking `text` clamps the cursor
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .ctrl("b"):
            cursor -= 1
        case .right, .ctrl("f"):
            cursor += 1
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .ctrl("u"):
            clear()
        case .ctrl("k"):
            text = String(text.prefix(cursor))
        case .ctrl("w"):
            deleteWordBeforeCursor()
        default:
            return false
        }
        return true
    }

    /// Inserts `string` at the cursor and moves the cursor after it (pasting, completions).
    public mutating func insert(_ string: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: string, at: index)
        cursor += string.count
    }

    /// Empties the field.
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    /// Deletes the spaces before the cursor, then the word before them (readline's Ctrl-W).
    private mutating func deleteWordBeforeCursor() {
        let before = Array(text.prefix(cursor))
        var start = before.count
        while start > 0, before[start - 1] == " " { start -= 1 }
        while start > 0, before[start - 1] != " " { start -= 1 }
        text = String(before[..<start]) + String(text.dropFirst(cursor))
        cursor = start
    }
}

// MARK: - Rendering

extension TextField {
    /// Draws `prompt` then the text on the first row of `frame`, scrolled horizontally so the cursor stays
    /// visible. The cursor cell is painted with `cursor` when `isFocused`.
    ///
    /// - Parameters:
    ///   - prompt: Drawn first, e.g. `"/"` or `":"`.
    ///   - frame: The line to draw in; it is cleared with `role` first.
    ///   - isFocused: Whether to show the cursor.
    ///   - role: The role of the prompt and text (`filter` by default).
    ///   - canvas: The canvas to draw into.
    /// - Returns: The column of the cursor.
    @discardableResult
    public func render(
        prompt: String, frame: Rect, isFocused: Bool = true, role: StyleRole = .filter,
        into canvas: inout some Canvas
    ) -> Int {
        guard frame.width > 0, frame.height > 0 else { return frame.x }
        let line = Rect(x: frame.x, y: frame.y, width: frame.width, height: 1)
        canvas.fill(line, role: role)
        let promptWidth = canvas.write(prompt, at: line.origin, role: role, maxWidth: max(0, line.width - 1))
        let available = line.width - promptWidth - 1  // one cell is kept for the cursor at the end
        let characters = Array(text)
        // Drop characters from the left until the text before the cursor fits.
        var start = 0
        var widthBeforeCursor = DisplayWidth.of(String(characters[0..<cursor]))
        while widthBeforeCursor > max(0, available), start < cursor {
            widthBeforeCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        let visible = String(characters[start...])
        let textX = line.x + promptWidth
        canvas.write(visible, at: Point(x: textX, y: line.y), role: role, maxWidth: line.width - promptWidth)
        let cursorX = textX + widthBeforeCursor
        if isFocused, cursorX < line.maxX {
            let under: Character = cursor < characters.count ? characters[cursor] : " "
            canvas.put(Cell(character: under, role: .cursor), at: Point(x: cursorX, y: line.y))
            if DisplayWidth.of(under) == 2 {
                canvas.put(.continuation(role: .cursor), at: Point(x: cursorX + 1, y: line.y))
            }
        }
        return cursorX
    }
}
