/// A feature's own task slots, an enum beside its handler (`BillingEffects.Slot`): a new task in a slot replaces
/// the one there. Slots of different features never meet, as ``EffectSlot`` keeps the type with the value.
public protocol TaskSlot: Hashable, Sendable {}

extension TaskSlot {
    /// Whether `other` is this very slot: the same type and value.
    public func isSame(as other: any TaskSlot) -> Bool { (other as? Self) == self }
}
