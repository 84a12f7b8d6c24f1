/// The state of a screen that takes the body (``OrdersState``, ``BillingState``…), kept in ``ScreenStates`` under
/// its type.
public protocol ScreenState: Equatable, Sendable {}

extension ScreenState {
    /// Whether `other` is a state of the same type and equal to this one.
    public func isSame(as other: any ScreenState) -> Bool { (other as? Self) == self }
}
