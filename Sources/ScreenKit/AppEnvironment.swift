import ReservationsCore

/// Facts about the session that do not change while it runs.
public struct AppEnvironment: Equatable, Sendable {
    /// The profile name shown in the header ("sandbox" for the built-in sandbox).
    public var profileName: String
    /// What the endpoint is: the header shows `SANDBOX` only for a sandbox and `LIVE` for a Microsoft host.
    public var serverKind: ServerKind
    /// The endpoint's host (and port when given), e.g. `api.partnercenter.microsoft.com`; empty for the built-in
    /// sandbox, whose port changes every run.
    public var endpointHost = ""
    /// The partner tenant purchases go to.
    public var tenant = "sandbox"
    /// Environment variables overriding the profile (`PCRES_ENDPOINT`, `PCRES_TENANT`, …), by name.
    public var overrides: [String] = []
    /// Plain http to a host other than this machine, allowed by the profile: the header shows `INSECURE`.
    public var isInsecure = false
    public var isReadOnly: Bool
    /// Why the session is read-only, for refusals: `started with --read-only` or `profile prod is read-only`.
    public var readOnlyCause = "started with --read-only"
    /// ASCII glyphs instead of box drawing (`--ascii` or a non-UTF-8 locale).
    public var isASCII: Bool
    /// False with `NO_COLOR`, `--no-color` or a terminal without colours: badges then carry brackets, so they
    /// stand apart from the header's other words without colour (and in a plain-text capture).
    public var usesColor = true
    /// Unique per run (chosen at start, outside the reducer): new cart drafts are named from it.
    public var sessionID: String
    /// What start-up found and the operator must see (a corrupt journal moved aside), shown once loading settles.
    public var startupNotices: [String] = []

    public init(
        profileName: String = "sandbox", serverKind: ServerKind = .builtInSandbox, isReadOnly: Bool = false, isASCII: Bool = false,
        sessionID: String = "session"
    ) {
        self.sessionID = sessionID
        self.profileName = profileName
        self.serverKind = serverKind
        self.isReadOnly = isReadOnly
        self.isASCII = isASCII
    }

    /// True when the server is a sandbox (built in, or one that said so): the `SANDBOX` badge shows.
    public var isSandbox: Bool { serverKind.isSandbox }

    /// True when the header names the endpoint's host next to the profile: an override is in force (the profile
    /// name alone would mislead), or the server is neither built in nor Microsoft's, so the name of the profile does
    /// not tell where purchases go.
    public var namesHost: Bool {
        guard !endpointHost.isEmpty else { return false }
        return !overrides.isEmpty || serverKind == .sandbox || serverKind == .other
    }

    /// `api.partnercenter.microsoft.com (LIVE)`, `127.0.0.1:8080 (SANDBOX)`, `the built-in sandbox (SANDBOX)`:
    /// where a checkout goes, for the summary.
    public var destinationText: String {
        switch serverKind {
        case .builtInSandbox: "built-in sandbox (SANDBOX)"
        case .sandbox: "\(endpointHost) (SANDBOX)"
        case .microsoft: "\(endpointHost) (LIVE)"
        case .other: "\(endpointHost) (not Microsoft, not a sandbox)"
        }
    }
}
