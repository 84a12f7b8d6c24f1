import TerminalUI

/// What a screen's own key does, carried by its binding (as lazygit's bindings carry their handler).
public typealias ScreenAction = @Sendable (inout AppState) -> [Effect]

/// Ties keys to a command, with what the footer and the help screen say about it.
public struct Binding: Sendable {
    public var keys: [KeyChord]
    public var command: Command
    public var help: String
    /// Shown in the footer when set; otherwise the binding is listed in help only.
    public var footer: String?
    /// Purchases and registrations are refused in read-only mode.
    public var isPurchase: Bool
    /// Why the command cannot run right now, or nil when it can. Shown instead of silently doing nothing.
    public var unavailable: @Sendable (AppState) -> String?
    /// What the key does, for a command only its screen has; nil for the shared commands `AppReducer.run` handles.
    public var perform: ScreenAction?

    public init(
        keys: [KeyChord], command: Command, help: String, footer: String? = nil, isPurchase: Bool = false,
        unavailable: @escaping @Sendable (AppState) -> String? = { _ in nil }, perform: ScreenAction? = nil
    ) {
        self.keys = keys
        self.command = command
        self.help = help
        self.footer = footer
        self.isPurchase = isPurchase
        self.unavailable = unavailable
        self.perform = perform
    }

    /// The keys as help shows them: `j / Down`.
    public func keyNames(ascii: Bool) -> String {
        keys.map { ascii ? $0.asciiName : $0.displayName }.joined(separator: " / ")
    }
}
