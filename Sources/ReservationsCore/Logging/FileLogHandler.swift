import Foundation

#if canImport(Glibc)
    import Glibc
#endif
import Logging

/// Writes log lines to a file: while curses owns the terminal nothing may be printed to it.
///
/// Lines are `time level label: message key=value…`; values are passed through `LogRedaction` so
/// bearer tokens and secrets never reach the file.
public struct FileLogHandler: LogHandler {
    /// The open log file, shared by every handler writing to the same path.
    public final class Sink: @unchecked Sendable {
        // Guarded by `lock`; FileHandle is not Sendable.
        private let handle: FileHandle
        private let lock = NSLock()

        /// Opens (creating with mode 0600, whatever the umask) and appends to the file at `url`, in a 0700 folder
        /// of this account's; a symlink planted at the log's path is refused (O_NOFOLLOW), not written through.
        public init(url: URL) throws {
            try LocalFileTrust.prepareFolder(url.deletingLastPathComponent(), what: "The state folder")
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                let reason = errno == ELOOP ? "it is a symbolic link, which pcres does not follow" : String(cString: strerror(errno))
                throw LocalFileTrust.Refusal(message: "Could not open the log \(url.path): \(reason).")
            }
            fchmod(descriptor, 0o600)
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }

        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            try? handle.write(contentsOf: Data(line.utf8))
        }
    }

    private let label: String
    private let sink: Sink
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    public init(label: String, sink: Sink, level: Logger.Level = .info) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }
            .filter { !"\($0.value)".isEmpty }
            .map { "\($0.key)=\(LogRedaction.redact("\($0.value)"))" }
            .joined(separator: " ")
        let time = Date().formatted(.iso8601)
        let message = LogRedaction.redact("\(event.message)")
        sink.write("\(time) \(event.level) \(label): \(message)\(fields.isEmpty ? "" : " " + fields)\n")
    }
}
