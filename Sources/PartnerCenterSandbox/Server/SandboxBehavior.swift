import Foundation

/// How the sandbox's asynchronous processes pace themselves, so demos feel real and tests stay fast.
public struct SandboxBehavior: Sendable {
    /// Seconds from a registration request until the subscription is `registered`.
    public var registrationDelay: TimeInterval
    /// Seconds from checkout until an order is `completed` (and provisioning `fulfilled`).
    public var orderCompletionDelay: TimeInterval
    /// How long a new cart stays valid (the docs say 7 days).
    public var cartLifetime: TimeInterval

    public init(registrationDelay: TimeInterval = 4, orderCompletionDelay: TimeInterval = 5, cartLifetime: TimeInterval = 7 * 86_400) {
        self.registrationDelay = registrationDelay
        self.orderCompletionDelay = orderCompletionDelay
        self.cartLifetime = cartLifetime
    }

    /// Everything immediate, for tests that do not exercise the delays.
    public static let immediate = SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 0)
}
