import Foundation

/// Expands `~` in a path typed by the operator as a shell does: `~` and `~/…` from `$HOME`, which may differ
/// from the account's home in the password database (Foundation's `expandingTildeInPath` reads the latter, so
/// with `HOME` set elsewhere `~/li.csv` was written under the account's home). `~user/…` still names that
/// user's home.
public enum UserPath {
    public static func expand(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard path == "~" || path.hasPrefix("~/") else {
            return path.hasPrefix("~") ? (path as NSString).expandingTildeInPath : path
        }
        guard let home = environment["HOME"], !home.isEmpty else { return (path as NSString).expandingTildeInPath }
        let rest = path.dropFirst()
        return (home.hasSuffix("/") && rest.hasPrefix("/") ? String(home.dropLast()) : home) + rest
    }
}
