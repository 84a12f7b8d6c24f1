/// What a key press turned into.
public enum KeyResolution: Equatable, Sendable {
    case run(Command)
    case refused(reason: String)
    case unbound
}
