/// Hands out curses colour-pair numbers for (foreground, background) combinations, allocating each pair
/// the first time it is needed and reusing it afterwards (tig does the same).
///
/// Pair 0 is curses' built-in default pair and is never allocated. When the terminal's pairs run out,
/// ``pair(foreground:background:)`` answers `nil` and the caller falls back to pair 0.
public struct ColorPairTable: Hashable, Sendable {
    /// A foreground/background combination in curses colour numbers (-1 is the terminal default).
    public struct Key: Hashable, Sendable {
        /// Foreground colour number.
        public var foreground: Int16
        /// Background colour number.
        public var background: Int16
    }

    /// How many pairs the terminal supports (`COLOR_PAIRS`).
    public let capacity: Int
    /// Pairs allocated so far.
    public private(set) var pairs: [Key: Int16] = [:]

    /// Creates an empty table for a terminal with `capacity` pairs.
    public init(capacity: Int) {
        self.capacity = max(0, min(capacity, Int(Int16.max)))
    }

    /// The pair for the combination, and whether it was just allocated (then the caller must `init_pair`).
    /// `nil` when every pair is taken.
    public mutating func pair(foreground: Int16, background: Int16) -> (number: Int16, isNew: Bool)? {
        let key = Key(foreground: foreground, background: background)
        if let existing = pairs[key] { return (existing, false) }
        let next = pairs.count + 1
        guard next < capacity else { return nil }
        let number = Int16(next)
        pairs[key] = number
        return (number, true)
    }

    /// Forgets every pair (after the theme changes).
    public mutating func removeAll() {
        pairs.removeAll()
    }
}
