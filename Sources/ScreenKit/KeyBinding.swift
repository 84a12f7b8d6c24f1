import TerminalUI

/// Ties keys to a command, with what the footer and the help screen say about it. Generic over the state the keys act
/// on and the effects they ask for, so a screen's module declares its keys over its own host (``OrdersHost``…) and
/// the app names them over its own state (`Binding`).
public struct KeyBinding<State, Effect>: Sendable {
    /// What a screen's own key does, carried by its binding (as lazygit's bindings carry their handler).
    public typealias Perform = @Sendable (inout State) -> [Effect]

    public var keys: [KeyChord]
    /// The shared command `AppReducer.run` handles; nil for a command only its screen has (``perform`` runs it).
    public var command: Command?
    /// The command's stable name, as help and docs show it: the shared command's or the screen's own.
    public var name: String
    public var help: String
    /// Shown in the footer when set; otherwise the binding is listed in help only.
    public var footer: String?
    /// Purchases and registrations are refused in read-only mode.
    public var isPurchase: Bool
    /// What read-only mode turns off when it refuses this binding, in a few words for the status line (the help
    /// text is a sentence and made refusals run past 80 columns).
    public var readOnlyRefusal: String
    /// Why the command cannot run right now, or nil when it can. Shown instead of silently doing nothing.
    public var unavailable: @Sendable (State) -> String?
    /// What the key does, for a command only its screen has; nil for the shared commands `AppReducer.run` handles.
    public var perform: Perform?

    /// A key for a shared command, which `AppReducer.run` (or the focused screen's `run`) carries out.
    public init(
        keys: [KeyChord], command: Command, help: String, footer: String? = nil,
        unavailable: @escaping @Sendable (State) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.command = command
        self.name = command.rawValue
        self.help = help
        self.footer = footer
        self.isPurchase = false
        self.readOnlyRefusal = KeyBindingText.purchasesAreOff
        self.unavailable = unavailable
        self.perform = nil
    }

    /// A key for a command only its screen has: its name, and what it does.
    public init(
        keys: [KeyChord], screenCommand: some ScreenCommand, help: String, footer: String? = nil, isPurchase: Bool = false,
        readOnlyRefusal: String = KeyBindingText.purchasesAreOff, unavailable: @escaping @Sendable (State) -> String? = { _ in nil },
        perform: @escaping Perform
    ) {
        self.keys = keys
        self.command = nil
        self.name = screenCommand.name
        self.help = help
        self.footer = footer
        self.isPurchase = isPurchase
        self.readOnlyRefusal = readOnlyRefusal
        self.unavailable = unavailable
        self.perform = perform
    }

    /// The keys as help shows them: `j / Down`.
    public func keyNames(ascii: Bool) -> String {
        keys.map { ascii ? $0.asciiName : $0.displayName }.joined(separator: " / ")
    }
}

/// Texts every binding shares, outside the generic type (a generic type cannot hold a stored static).
public enum KeyBindingText {
    /// What read-only mode says it refused, unless a binding says more precisely.
    public static let purchasesAreOff = "purchases are off"
}
