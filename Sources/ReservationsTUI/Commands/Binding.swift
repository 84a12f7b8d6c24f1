import TerminalUI

/// What a screen's own key does, carried by its binding (as lazygit's bindings carry their handler).
public typealias ScreenAction = @Sendable (inout AppState) -> [Effect]

/// Ties keys to a command, with what the footer and the help screen say about it.
public struct Binding: Sendable {
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
    public var unavailable: @Sendable (AppState) -> String?
    /// What the key does, for a command only its screen has; nil for the shared commands `AppReducer.run` handles.
    public var perform: ScreenAction?

    /// A key for a shared command, which `AppReducer.run` (or the focused screen's `run`) carries out.
    public init(
        keys: [KeyChord], command: Command, help: String, footer: String? = nil,
        unavailable: @escaping @Sendable (AppState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.command = command
        self.name = command.rawValue
        self.help = help
        self.footer = footer
        self.isPurchase = false
        self.readOnlyRefusal = Self.purchasesAreOff
        self.unavailable = unavailable
        self.perform = nil
    }

    /// A key for a command only its screen has: its name, and what it does.
    public init(
        keys: [KeyChord], screenCommand: some ScreenCommand, help: String, footer: String? = nil, isPurchase: Bool = false,
        readOnlyRefusal: String = Binding.purchasesAreOff, unavailable: @escaping @Sendable (AppState) -> String? = { _ in nil },
        perform: @escaping ScreenAction
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

    /// What read-only mode says it refused, unless a binding says more precisely.
    public static let purchasesAreOff = "purchases are off"

    /// The keys as help shows them: `j / Down`.
    public func keyNames(ascii: Bool) -> String {
        keys.map { ascii ? $0.asciiName : $0.displayName }.joined(separator: " / ")
    }
}
