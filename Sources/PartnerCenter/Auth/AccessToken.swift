import Foundation

/// A bearer token and when it stops working. Its description never shows the token itself.
public struct AccessToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The bearer value; send it only in the `Authorization` header.
    public let value: String
    public let expiresOn: Date

    public init(value: String, expiresOn: Date) {
        self.value = value
        self.expiresOn = expiresOn
    }

    /// True when the token expires within `margin` seconds of `now`: refresh before it does.
    public func isExpiring(within margin: TimeInterval = 300, now: Date = Date()) -> Bool {
        expiresOn.timeIntervalSince(now) < margin
    }

    public var description: String { "AccessToken(redacted, expires \(WireDate.format(expiresOn)))" }
    public var debugDescription: String { description }
}
