/// A credential (client secret, refresh token, device code) that must never be shown.
///
/// Its `description`, `debugDescription` and mirror all read `[redacted]`, so interpolating it into
/// a log line or an error message, or `dump`ing a value that holds it, leaks nothing. Only
/// ``revealedValue`` gives the text, for the one place that sends it on the wire.
///
/// ```swift
/// let secret = Secret(environment["PCRES_CLIENT_SECRET"] ?? "")
/// print(secret)            // [redacted]
/// ```
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret text. Use it only to build a request body or to persist it in a 0600 cache.
    public let revealedValue: String

    public init(_ value: String) { revealedValue = value }

    /// True when the secret is the empty string.
    public var isEmpty: Bool { revealedValue.isEmpty }

    public var description: String { "[redacted]" }
    public var debugDescription: String { "[redacted]" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension Secret {
    /// Replaces every occurrence of each non-empty secret in `text` with `[redacted]`: a last line of
    /// defence for text that comes from a server (Entra echoes parts of requests in some errors).
    static func scrub(_ text: String, removing secrets: [Secret?]) -> String {
        var result = text
        for case let secret? in secrets where secret.revealedValue.count >= 4 {
            result = result.replacingOccurrences(of: secret.revealedValue, with: "[redacted]")
        }
        return result
    }
}
