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

    /// Writes the set atomically with mode 0600 from the first byte (it names secret files and tenants): a
    /// temporary file is created 0600 next to the target, filled, then renamed over it.
    public func save(_ set: ProfileSet) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ProfileError(fileName: url.path, message: "cannot create the folder \(directory.path)")
        }
        guard FileManager.default.createFile(
            atPath: temporary.path, contents: Data(set.tomlText().utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw ProfileError(fileName: url.path, message: "cannot write the profiles file in \(directory.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ProfileError(fileName: url.path, message: "cannot replace the profiles file: \(reason)")
        }
    }
}
