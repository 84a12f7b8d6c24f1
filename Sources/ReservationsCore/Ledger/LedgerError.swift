/// Why the team ledger could not be used. `isOffline` says the server could not be reached (or did not answer in
/// time): purchases and registrations are then refused, browsing goes on.
public struct LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var isOffline: Bool

    public init(_ message: String, isOffline: Bool = false) {
        self.message = message
        self.isOffline = isOffline
    }

    public var description: String { message }
}
