/// A `:` verb (`:orders`, `:customer NAME`): its names, the argument it takes, what help says, and what it does.
/// Generic over the state it acts on and the effects it asks for, as ``KeyBinding`` is, so a screen's module
/// declares the verbs that open it over its own host and the app names them over its own state (`CommandLineVerb`).
public struct CommandVerb<State, Effect>: Sendable {
    public let names: [String]
    public let argument: String?
    public let help: String
    public let perform: @Sendable (_ argument: String, _ state: inout State) -> [Effect]

    public init(
        _ names: [String], argument: String? = nil, help: String,
        perform: @escaping @Sendable (_ argument: String, _ state: inout State) -> [Effect]
    ) {
        self.names = names
        self.argument = argument
        self.help = help
        self.perform = perform
    }

    /// `:customer NAME`, as help and the command line's hints show it.
    public var usage: String { ":" + names[0] + (argument.map { " " + $0 } ?? "") }
}
