import Foundation

/// Reads and writes `$XDG_CONFIG_HOME/pcres/profiles.toml`. A missing file is an empty set (only the
/// built-in sandbox), so pcres works with no configuration.
public struct ProfileStore: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public init(paths: AppPaths) { self.init(url: paths.profilesFile) }

    /// - Throws: ``ProfileError`` with the line of the first mistake in the file.
    public func load() throws -> ProfileSet {
        guard FileManager.default.fileExists(atPath: url.path) else { return ProfileSet() }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ProfileError(fileName: url.path, message: "cannot read the profiles file")
        }
        return try ProfileSet.parse(text, fileName: url.path)
    }

    /// Writes the set (atomically, mode 0600: it names secret files and tenants).
    public func save(_ set: ProfileSet) throws {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(set.tomlText().utf8).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw ProfileError(fileName: url.path, message: "cannot write the profiles file: \(error.localizedDescription)")
        }
    }
}
