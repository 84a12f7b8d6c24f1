/// The token cache file could not be used. The message names the file and what to do; it never
/// contains a token.
public struct TokenCacheError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// Group or other users have some access to the file (`mode` is its permission bits).
        case insecurePermissions(mode: UInt32)
        /// The file belongs to another user.
        case notOwned
        /// The file is not a regular file or could not be read.
        case unreadable(reason: String)
        /// The file is not the cache's JSON.
        case malformed
        /// The file or its folder could not be written.
        case unwritable(reason: String)
    }

    public var kind: Kind
    public var path: String

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    public var description: String {
        switch kind {
        case .insecurePermissions(let mode):
            return "The token cache \(path) can be read by other users (mode \(String(mode, radix: 8))); it holds sign-in "
                + "tokens, so pcres will not use it. Run `chmod 600 \(path)` and try again."
        case .notOwned:
            return "The token cache \(path) belongs to another user; pcres will not use it. Remove it or sign in as its owner."
        case .unreadable(let reason):
            return "The token cache \(path) could not be read (\(reason))."
        case .malformed:
            return "The token cache \(path) is not a pcres token cache; remove it and run pcres login again."
        case .unwritable(let reason):
            return "The token cache \(path) could not be written (\(reason))."
        }
    }
}
