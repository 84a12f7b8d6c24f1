/// Which running effect task this is: a feature's ``TaskSlot``, the ledger watch, a checkout, or a slot of its
/// own. A new task in a slot replaces (cancels) the one there; every task has a slot, so quitting cancels them all
/// (but a checkout, see ``survivesCancelAll``).
public struct EffectSlot: Hashable, Sendable {
    /// A feature's slot, compared by type and value.
    private struct FeatureSlot: Hashable, Sendable {
        let slot: any TaskSlot
        static func == (lhs: FeatureSlot, rhs: FeatureSlot) -> Bool { lhs.slot.isSame(as: rhs.slot) }
        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(type(of: slot)))
            slot.hash(into: &hasher)
        }
    }

    private enum Key: Hashable, Sendable {
        case feature(FeatureSlot)
        case ledgerWatch
        case checkout(Int)
        case unique(Int)
    }

    private let key: Key

    private init(_ key: Key) {
        self.key = key
    }

    /// A feature's slot.
    public init<Slot: TaskSlot>(_ slot: Slot) {
        key = .feature(FeatureSlot(slot: slot))
    }

    /// The team ledger's health probe.
    public static let ledgerWatch = EffectSlot(.ledgerWatch)

    /// A checkout: never cancelled, since once sent its answer must be read and journaled.
    public static func checkout(_ number: Int) -> EffectSlot { EffectSlot(.checkout(number)) }

    /// A task that replaces nothing (several may run at once), numbered so each has its own slot.
    public static func unique(_ number: Int) -> EffectSlot { EffectSlot(.unique(number)) }

    /// A checkout keeps running when the interface quits: `cancelAll` leaves it alone.
    public var survivesCancelAll: Bool {
        if case .checkout = key { true } else { false }
    }
}
