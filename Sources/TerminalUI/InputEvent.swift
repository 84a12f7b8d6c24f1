/// Something the terminal reports to the run loop.
public enum InputEvent: Equatable, Sendable {
    /// A key press.
    case key(KeyChord)
    /// The terminal changed size; the value is the new size. Re-render at this size.
    case resize(Size)
}
