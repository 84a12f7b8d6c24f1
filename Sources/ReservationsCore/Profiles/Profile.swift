import Foundation

/// One way to reach Partner Center: cloud, tenant, app registration, sign-in mode and where the secret is.
///
/// ```toml
/// [profiles.contoso]
/// cloud = "global"            # or "usgov"
/// tenant = "contoso.onmicrosoft.com"
/// clientId = "00000000-0000-0000-0000-000000000000"
/// auth = "app"                # or "user" (pcres login)
/// secret = "env:CONTOSO_SECRET"   # or "file:~/.config/pcres/contoso.secret" (mode 0600)
/// readOnly = true
/// theme = "mono"
/// partnerApiEndpoint = "https://api.partner.microsoft.com"   # price sheet host (default: the cloud's)
/// graphEndpoint = "https://graph.microsoft.com"               # billing exports (default: the cloud's; none on usgov)
/// allowInsecureHTTP = true    # only to reach a non-loopback endpoint over plain http (secrets then travel in clear)
/// ledger = "postgres://pcres_operator@db.example.com:5432/pcres"   # the team ledger (TLS unless loopback)
/// ledgerPassword = "env:PCRES_DB_PASSWORD"                          # or "file:PATH" (mode 0600)
/// ```
public struct Profile: Sendable, Equatable {
    /// The name of the built-in profile that starts the sandbox in-process.
    public static let sandboxName = "sandbox"

    public var name: String
    public var cloud: ProfileCloud
    public var tenant: String
    public var clientID: String
    public var authMode: ProfileAuthMode
    /// Required for `app`; optional for `user` (a confidential client may send it).
    public var secretSource: SecretSource?
    /// Overrides the cloud's REST endpoint.
    public var endpoint: URL?
    /// Overrides the cloud's sign-in authority.
    public var authority: URL?
    /// Overrides the cloud's Partner API host (price sheet).
    public var partnerAPIEndpoint: URL?
    /// Overrides the cloud's Microsoft Graph host (billing exports); setting it on usgov turns exports on there.
    public var graphEndpoint: URL?
    public var isReadOnly: Bool
    /// The interface's theme, unless `--theme` names another.
    public var theme: String?
    /// Plain http to a host other than loopback is refused unless this is set: the client secret and bearer
    /// tokens would travel in clear text.
    public var allowsInsecureHTTP: Bool = false
    /// The team ledger (`postgres://USER@HOST:PORT/DB`): journal and audit go there instead of the local files.
    public var ledger: String?
    /// Where the ledger's password comes from; never the password itself.
    public var ledgerPassword: SecretSource?

    public init(
        name: String, cloud: ProfileCloud = .global, tenant: String, clientID: String, authMode: ProfileAuthMode = .app,
        secretSource: SecretSource? = nil, endpoint: URL? = nil, authority: URL? = nil, isReadOnly: Bool = false,
        theme: String? = nil
    ) {
        self.name = name
        self.cloud = cloud
        self.tenant = tenant
        self.clientID = clientID
        self.authMode = authMode
        self.secretSource = secretSource
        self.endpoint = endpoint
        self.authority = authority
        self.isReadOnly = isReadOnly
        self.theme = theme
    }

    /// The built-in sandbox: exists without any file.
    public static let sandbox = Profile(name: sandboxName, tenant: "sandbox", clientID: "pcres-sandbox")

    /// True for the built-in sandbox profile.
    public var isBuiltInSandbox: Bool { name == Self.sandboxName }

    /// Whether `name` can be a profile name: letters, digits, `-` and `_`, so it is a bare TOML key.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
