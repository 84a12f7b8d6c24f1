/// Horizontal placement of text inside a fixed number of columns.
public enum TextAlignment: Hashable, Sendable {
    /// Flush left, padded on the right.
    case left
    /// Flush right, padded on the left (numbers, prices).
    case right
    /// Centred; an odd leftover column goes to the right.
    case center
}
