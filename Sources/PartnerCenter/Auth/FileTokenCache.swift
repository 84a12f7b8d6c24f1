import Foundation

/// A token cache in one JSON file, readable by its owner only.
///
/// - Writes are atomic: a temporary file is created in the same folder with mode 0600 *before* any
///   content goes in, then renamed over the cache, so the file is never world-readable, even briefly,
///   and a crash leaves either the old or the new content. A missing folder is created with mode 0700.
/// - Reads refuse a file that group or other users can access in any way (`TokenCacheError`, which tells
///   the operator to `chmod 600`), or that another user owns.
/// - One process at a time should write a given file; within a process, use one instance per file.
///
/// ```swift
/// let cache = FileTokenCache(url: stateDirectory.appendingPathComponent("tokens.json"))
/// ```
public actor FileTokenCache: TokenCache {
    public nonisolated let url: URL

    public init(url: URL) { self.url = url }

    public func entry(for key: TokenCacheKey) throws -> TokenCacheEntry? {
        try load().entries[key.rawValue]
    }

    public func store(_ entry: TokenCacheEntry?, for key: TokenCacheKey) throws {
        var contents = try load()
        contents.entries[key.rawValue] = entry
        try save(contents)
    }

    /// The file's JSON shape.
    private struct Contents: Codable {
        var version = 1
        var entries: [String: TokenCacheEntry] = [:]
    }

    private var path: String { url.path }

    private func load() throws -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return Contents() }
            throw TokenCacheError(kind: .unreadable(reason: Self.reason(code)), path: path)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw TokenCacheError(kind: .unreadable(reason: Self.reason(errno)), path: path)
        }
        let mode = UInt32(info.st_mode)
        guard mode & UInt32(S_IFMT) == UInt32(S_IFREG) else {
            throw TokenCacheError(kind: .unreadable(reason: "not a regular file"), path: path)
        }
        guard mode & 0o077 == 0 else {
            throw TokenCacheError(kind: .insecurePermissions(mode: mode & 0o777), path: path)
        }
        guard info.st_uid == geteuid() else { throw TokenCacheError(kind: .notOwned, path: path) }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw TokenCacheError(kind: .unreadable(reason: "read failed"), path: path)
        }
        if data.isEmpty { return Contents() }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data) else {
            throw TokenCacheError(kind: .malformed, path: path)
        }
        return contents
    }

    private func save(_ contents: Contents) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(contents)
        } catch {
            throw TokenCacheError(kind: .unwritable(reason: "could not encode"), path: path)
        }
        let directory = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.path) {
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw TokenCacheError(kind: .unwritable(reason: "cannot create folder \(directory.path)"), path: path)
            }
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        // O_EXCL: never reuse (or follow a planted symlink at) an existing path; 0600 from the first byte.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw TokenCacheError(kind: .unwritable(reason: Self.reason(errno)), path: path)
        }
        var written = false
        defer { if !written { unlink(temporary) } }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        // The umask can only remove bits; this also clears anything an odd umask or ACL default left.
        guard fchmod(descriptor, 0o600) == 0 else {
            throw TokenCacheError(kind: .unwritable(reason: Self.reason(errno)), path: path)
        }
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            throw TokenCacheError(kind: .unwritable(reason: "write failed"), path: path)
        }
        guard rename(temporary, path) == 0 else {
            throw TokenCacheError(kind: .unwritable(reason: Self.reason(errno)), path: path)
        }
        written = true
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
