import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which local files pcres acts on: only its own account's, not writable by others, never through a symlink.
/// A purchase record another user could have written or changed must not drive a checkout.
public enum LocalFileTrust {
    /// Why a file is refused, in a sentence that says what to do.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }

    /// Refuses an existing file that is a symlink, belongs to another account, or is writable by group or others.
    /// A missing file passes (it will be created 0600).
    public static func requireOwnFile(_ url: URL, what: String) throws {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw Refusal(message: "\(what) \(url.path) is a symbolic link; pcres does not follow it. Move it away and start again.")
        }
        if info.st_uid != geteuid() {
            throw Refusal(
                message: "\(what) \(url.path) belongs to another account (uid \(info.st_uid)); pcres only acts on its own records. Use your own data folder (XDG_DATA_HOME).")
        }
        if info.st_mode & 0o022 != 0 {
            throw Refusal(
                message: "\(what) \(url.path) can be changed by other accounts (mode \(String(info.st_mode & 0o777, radix: 8))); run chmod 600 on it, then start again.")
        }
    }

    /// Creates `folder` (0700) when missing; refuses one that is a symlink, belongs to another account or can be
    /// written by group or others, since whoever can write it can swap pcres's records for their own.
    public static func prepareFolder(_ folder: URL, what: String = "The data folder") throws {
        var info = stat()
        if lstat(folder.path, &info) != 0 {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // The mode given to createDirectory passes through the umask.
            chmod(folder.path, 0o700)
            return
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw Refusal(message: "\(what) \(folder.path) is a symbolic link; pcres does not follow it.")
        }
        if info.st_uid != geteuid() {
            throw Refusal(message: "\(what) \(folder.path) belongs to another account (uid \(info.st_uid)); pcres keeps its records only in its own folders.")
        }
        if info.st_mode & 0o022 != 0 {
            throw Refusal(
                message: "\(what) \(folder.path) can be changed by other accounts (mode \(String(info.st_mode & 0o777, radix: 8))); run chmod 700 on it, then start again.")
        }
    }

    /// Sets the file to 0600 (read and write for this account only), whatever the umask was when it was created.
    public static func restrictToOwner(_ url: URL) throws {
        guard chmod(url.path, 0o600) == 0 else {
            throw Refusal(message: "Could not restrict \(url.path) to this account: \(String(cString: strerror(errno))).")
        }
    }
}
