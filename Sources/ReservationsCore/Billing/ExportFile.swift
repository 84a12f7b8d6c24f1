import Foundation

/// Writes a file so a partial export never looks complete: the bytes go to a hidden temporary file in the same
/// folder, which is renamed over the destination only once it is whole.
public enum ExportFile {
    /// - Returns: the number of bytes written.
    /// - Throws: `ExportFileError` with a readable message.
    @discardableResult
    public static func write(_ data: Data, to destination: URL) throws -> Int {
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ExportFileError(message: "The folder \(folder.path) does not exist")
        }
        let partial = folder.appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        do {
            try data.write(to: partial, options: .withoutOverwriting)
            // Exports hold customers' billing: this account only, whatever the umask.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial.path)
        } catch {
            throw ExportFileError(message: "Cannot write to \(folder.path) (permission denied or disk full)")
        }
        if rename(partial.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw ExportFileError(message: "Cannot write \(destination.path): \(reason)")
        }
        return data.count
    }
}
