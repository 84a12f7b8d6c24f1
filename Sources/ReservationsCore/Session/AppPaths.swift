import Foundation

/// Where pcres keeps its files, following the XDG base directory spec.
public struct AppPaths: Sendable {
    /// `$XDG_DATA_HOME/pcres`: sandbox state, cart drafts, the checkout journal, the audit log.
    public var data: URL
    /// `$XDG_CONFIG_HOME/pcres`: profiles and settings.
    public var config: URL
    /// `$XDG_STATE_HOME/pcres`: logs.
    public var state: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true)
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value, isDirectory: true) }
            return home.appendingPathComponent(fallback, isDirectory: true)
        }
        data = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("pcres", isDirectory: true)
        config = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("pcres", isDirectory: true)
        state = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("pcres", isDirectory: true)
    }

    /// The log file.
    public var logFile: URL { state.appendingPathComponent("pcres.log") }
    /// The sandbox's SQLite file.
    public var sandboxDatabase: URL { data.appendingPathComponent("sandbox.sqlite") }
    /// The profiles file (TOML, edited by hand or with `pcres profile`).
    public var profilesFile: URL { config.appendingPathComponent("profiles.toml") }
    /// The token cache of `pcres login` (mode 0600): refresh tokens per cloud, tenant and app.
    public var tokenCache: URL { data.appendingPathComponent("tokens.json") }
    /// Catalogs already loaded with `profile`, for ``CatalogCache``: one file per profile, so a catalog read
    /// from one tenant or endpoint (the sandbox, say) is never served to another. Profile names are
    /// letters, digits, `-` and `_` (``Profile/isValidName(_:)``), safe in a file name.
    public func catalogCache(profile: String) -> URL { data.appendingPathComponent("catalog-cache-\(profile).sqlite") }
}
