/// Facts about the session that do not change while it runs.
public struct AppEnvironment: Equatable, Sendable {
    /// The profile name shown in the header ("sandbox" for the built-in sandbox).
    public var profileName: String
    public var isSandbox: Bool
    public var isReadOnly: Bool
    /// Why the session is read-only, for refusals: `started with --read-only` or `profile prod is read-only`.
    public var readOnlyCause = "started with --read-only"
    /// ASCII glyphs instead of box drawing (`--ascii` or a non-UTF-8 locale).
    public var isASCII: Bool
    /// Unique per run (chosen at start, outside the reducer): new cart drafts are named from it.
    public var sessionID: String
    /// What start-up found and the operator must see (a corrupt journal moved aside), shown once loading settles.
    public var startupNotices: [String] = []

    public init(
        profileName: String = "sandbox", isSandbox: Bool = true, isReadOnly: Bool = false, isASCII: Bool = false,
        sessionID: String = "session"
    ) {
        self.sessionID = sessionID
        self.profileName = profileName
        self.isSandbox = isSandbox
        self.isReadOnly = isReadOnly
        self.isASCII = isASCII
    }
}
