/// Facts about the session that do not change while it runs.
public struct AppEnvironment: Equatable, Sendable {
    /// The profile name shown in the header ("sandbox" for the built-in sandbox).
    public var profileName: String
    public var isSandbox: Bool
    public var isReadOnly: Bool
    /// ASCII glyphs instead of box drawing (`--ascii` or a non-UTF-8 locale).
    public var isASCII: Bool

    public init(profileName: String = "sandbox", isSandbox: Bool = true, isReadOnly: Bool = false, isASCII: Bool = false) {
        self.profileName = profileName
        self.isSandbox = isSandbox
        self.isReadOnly = isReadOnly
        self.isASCII = isASCII
    }
}
