import Foundation

/// How the sandbox's asynchronous processes pace themselves, so demos feel real and tests stay fast.
public struct SandboxBehavior: Sendable {
    /// Seconds from a registration request until the subscription is `registered`.
    public var registrationDelay: TimeInterval
    /// Seconds from checkout until an order is `completed` (and provisioning `fulfilled`).
    public var orderCompletionDelay: TimeInterval
    /// How long a new cart stays valid (the docs say 7 days).
    public var cartLifetime: TimeInterval
    /// Seconds from checkout until a new order (and its entitlements) shows in the customer's lists. Partner Center
    /// documents "a delay of up to 15 minutes" for order collections; `GET …/orders/{id}` answers at once.
    public var orderListDelay: TimeInterval

    /// How many polls of a Graph billing export operation answer `running` (with `Retry-After`) before it succeeds.
    public var exportRunningPolls: Int = 1
    /// The `Retry-After` seconds a running export operation asks for (the predecessor doc shows 10).
    public var exportRetryAfter: Int = 1
    /// Seconds an export's SAS token works; the notes saw about an hour.
    public var exportSASLifetime: TimeInterval = 3600

    /// Partner Center's documented worst case for order collections, the default.
    public static let partnerCenterOrderListDelay: TimeInterval = 15 * 60

    public init(
        registrationDelay: TimeInterval = 4, orderCompletionDelay: TimeInterval = 5, cartLifetime: TimeInterval = 7 * 86_400,
        orderListDelay: TimeInterval = SandboxBehavior.partnerCenterOrderListDelay
    ) {
        self.registrationDelay = registrationDelay
        self.orderCompletionDelay = orderCompletionDelay
        self.cartLifetime = cartLifetime
        self.orderListDelay = orderListDelay
    }

    /// Everything immediate, for tests that do not exercise the delays.
    public static let immediate: SandboxBehavior = {
        var behavior = SandboxBehavior(registrationDelay: 0, orderCompletionDelay: 0, orderListDelay: 0)
        behavior.exportRunningPolls = 0
        behavior.exportRetryAfter = 0
        return behavior
    }()
}
