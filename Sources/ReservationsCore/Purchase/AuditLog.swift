import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only JSON-lines record of every purchase and registration attempt, chained by SHA-256 so that an
/// edited, removed or reordered record is detected by `verify()`.
///
/// A side file (`<name>.head`) keeps the count and last hash, so that cutting records off the end is detected too.
public struct AuditLog: AuditTrail {
    public static let genesisHash = String(repeating: "0", count: 64)

    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    var headURL: URL { URL(fileURLWithPath: url.path + ".head") }

    /// Appends `record` (its sequence and hashes are filled in) under an exclusive file lock, and returns it.
    @discardableResult
    public func append(_ record: AuditRecord) throws -> AuditRecord {
        do {
            try LocalFileTrust.prepareFolder(url.deletingLastPathComponent())
        } catch let refusal as LocalFileTrust.Refusal {
            throw CheckoutJournalError(refusal.message)
        }
        // O_NOFOLLOW: a symlink planted at the log's path must not redirect purchase records elsewhere.
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link, which pcres does not follow" : String(cString: strerror(errno))
            throw CheckoutJournalError("Could not open the audit log \(url.path): \(reason).")
        }
        defer { close(descriptor) }
        // Whatever the umask was when it was created: only this account reads the purchase records.
        fchmod(descriptor, 0o600)
        guard flock(descriptor, LOCK_EX) == 0 else { throw CheckoutJournalError("Could not lock the audit log \(url.path).") }
        defer { flock(descriptor, LOCK_UN) }
        let lines = try Self.lines(of: url)
        let last = lines.last.flatMap { try? JSONDecoder().decode(AuditRecord.self, from: Data($0.utf8)) }
        // An unreadable last line: number on from the line count (verify reports the line).
        let record = try Self.chained(record, after: last.map { ($0.sequence, $0.recordHash) } ?? (lines.isEmpty ? nil : (lines.count, Self.genesisHash)))
        var data = try Self.encoder.encode(record)
        data.append(0x0A)
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count else { throw CheckoutJournalError("Could not write the audit log \(url.path).") }
        fsync(descriptor)
        try writeHead("\(record.sequence) \(record.recordHash)\n")
        return record
    }

    /// Replaces the head file through a 0600 temporary file renamed over it (a rename replaces a planted symlink
    /// instead of writing through it).
    private func writeHead(_ text: String) throws {
        let temporary = URL(fileURLWithPath: headURL.path + ".tmp-\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CheckoutJournalError("Could not write the audit head \(headURL.path) (errno \(errno)).") }
        fchmod(descriptor, 0o600)
        let data = Data(text.utf8)
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        fsync(descriptor)
        close(descriptor)
        guard written == data.count, rename(temporary.path, headURL.path) == 0 else {
            unlink(temporary.path)
            throw CheckoutJournalError("Could not write the audit head \(headURL.path).")
        }
    }

    /// Every record, in file order. Lines that do not decode are skipped (use `verify()` to find them).
    public func records() throws -> [AuditRecord] {
        try Self.lines(of: url).compactMap { try? JSONDecoder().decode(AuditRecord.self, from: Data($0.utf8)) }
    }

    /// Checks every record's own hash, its link to the record before, the sequence numbers and the head file.
    public func verify() throws -> AuditVerification {
        let lines = try Self.lines(of: url)
        let chain = Self.verifyChain(lines)
        guard chain.verification.isIntact else { return chain.verification }
        let previousHash = chain.lastHash
        guard let head = try? String(contentsOf: headURL, encoding: .utf8) else {
            // Once records exist the head is required: deleting it must not make a cut-off log pass.
            return lines.isEmpty
                ? AuditVerification(recordCount: 0)
                : AuditVerification(
                    recordCount: lines.count, brokenLine: lines.count + 1,
                    problem: "the head file \(headURL.lastPathComponent) is missing: records after line \(lines.count) may have been removed")
        }
        let parts = head.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.count == 2, let count = Int(parts[0]) else {
            return AuditVerification(
                recordCount: lines.count, brokenLine: lines.count + 1, problem: "the head file \(headURL.lastPathComponent) is not readable")
        }
        if count != lines.count || parts[1] != previousHash {
            return AuditVerification(
                recordCount: lines.count, brokenLine: lines.count + 1,
                problem: "the log has \(lines.count) records but \(count) were written: records after line \(lines.count) were removed or the last one was replaced")
        }
        return AuditVerification(recordCount: lines.count)
    }

    /// Checks a chain given as one JSON record per line, in order: each record's hash, its link to the one before and
    /// its sequence number. Also returns the last record's hash (the genesis hash for no records).
    static func verifyChain(_ lines: [String]) -> (verification: AuditVerification, lastHash: String) {
        var previousHash = genesisHash
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            guard let record = try? JSONDecoder().decode(AuditRecord.self, from: Data(line.utf8)) else {
                return (AuditVerification(recordCount: offset, brokenLine: number, problem: "line \(number) is not a valid audit record"), previousHash)
            }
            guard (try? hash(of: record)) == record.recordHash else {
                return (AuditVerification(recordCount: offset, brokenLine: number, problem: "line \(number) was edited: its hash does not match its content"), previousHash)
            }
            guard record.previousHash == previousHash, record.sequence == number else {
                return (AuditVerification(
                    recordCount: offset, brokenLine: number,
                    problem: "line \(number) (record \(record.sequence)) does not follow line \(number - 1): a record before it was removed, inserted or reordered"), previousHash)
            }
            previousHash = record.recordHash
        }
        return (AuditVerification(recordCount: lines.count), previousHash)
    }

    /// `record` as the next link after `previous` (sequence and hash of the last record; nil for the first).
    static func chained(_ record: AuditRecord, after previous: (sequence: Int, hash: String)?) throws -> AuditRecord {
        var record = record
        record.sequence = (previous?.sequence ?? 0) + 1
        record.previousHash = previous?.hash ?? genesisHash
        record.recordHash = try hash(of: record)
        return record
    }

    // MARK: - Encoding

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// SHA-256 (hex) of the record with `recordHash` emptied, encoded with sorted keys.
    static func hash(of record: AuditRecord) throws -> String {
        var content = record
        content.recordHash = ""
        return SHA256.hash(data: try encoder.encode(content)).map { String(format: "%02x", $0) }.joined()
    }

    private static func lines(of url: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
