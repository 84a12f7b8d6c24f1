import ScreenKit
/// What a key press turned into.
public enum KeyResolution: Sendable {
    /// A shared command, run by `AppReducer.run`.
    case run(Command)
    /// A screen's own binding: what it does is the binding's.
    case perform(Binding.Perform)
    case refused(reason: String)
    case unbound
}
