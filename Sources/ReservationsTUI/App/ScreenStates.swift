import ScreenKit
/// The body screens' states, each under its type, and their load generations. A screen declares its accessor on
/// ``AppState`` in its own folder (`state.orders`), so ``AppState`` does not change for a new screen.
struct ScreenStates: Equatable, Sendable {
    private var states: [ObjectIdentifier: any ScreenState] = [:]
    private var generations: [ObjectIdentifier: Int] = [:]

    /// The screen's state, or nil while it was never opened. Mutating through it takes the state out first, so the
    /// caller is its sole owner and its rows are changed in place, not copied.
    subscript<State: ScreenState>(_ type: State.Type) -> State? {
        get { states[ObjectIdentifier(type)] as? State }
        set {
            if let newValue { states[ObjectIdentifier(type)] = newValue } else { states.removeValue(forKey: ObjectIdentifier(type)) }
        }
        _modify {
            var value = states.removeValue(forKey: ObjectIdentifier(type)) as? State
            defer { self[type] = value }
            yield &value
        }
    }

    /// Counts the loads of the screen, so late answers of an earlier (stopped or replaced) load are recognised and
    /// dropped; it outlives the state, which a new load replaces.
    subscript<State: ScreenState>(generationOf type: State.Type) -> Int {
        get { generations[ObjectIdentifier(type), default: 0] }
        set { generations[ObjectIdentifier(type)] = newValue }
    }

    static func == (lhs: ScreenStates, rhs: ScreenStates) -> Bool {
        lhs.generations == rhs.generations && lhs.states.count == rhs.states.count
            && lhs.states.allSatisfy { key, state in rhs.states[key].map(state.isSame(as:)) ?? false }
    }
}
