/// Why a snapshot assertion failed: it was (re-)recorded and needs review, or the text differs.
public struct SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Hashable, Sendable {
        /// The snapshot file was written; review it and run the tests again.
        case recorded
        /// The text differs from the stored snapshot.
        case mismatch
        /// The snapshot file could not be read or written.
        case io
    }

    /// What happened.
    public var kind: Kind
    /// The snapshot file.
    public var path: String
    /// A human-readable explanation; for mismatches it includes a `-`/`+` line diff.
    public var message: String

    /// The message, which names the file.
    public var description: String { message }
}
