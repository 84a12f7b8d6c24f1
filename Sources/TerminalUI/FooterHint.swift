/// One `key label` pair in the footer, e.g. `q quit`.
public struct FooterHint: Hashable, Sendable {
    /// The key as shown (`q`, `/`, `Enter`, `↑↓`).
    public var key: String
    /// What it does, one or two words.
    public var label: String
    /// Whether the command can run now; unavailable hints are drawn `dim` rather than hidden.
    public var isEnabled: Bool

    /// Creates a hint from a key name.
    public init(key: String, label: String, isEnabled: Bool = true) {
        self.key = key
        self.label = label
        self.isEnabled = isEnabled
    }

    /// Creates a hint from a chord, using its ``KeyChord/displayName``.
    public init(key: KeyChord, label: String, isEnabled: Bool = true) {
        self.init(key: key.displayName, label: label, isEnabled: isEnabled)
    }

    /// Columns the hint takes: key, a space, label.
    public var displayWidth: Int {
        DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
    }
}
