/// Where audit records go: this host's hash-chained file (``AuditLog``) or the team ledger (``LedgerAuditTrail``).
///
/// ```swift
/// let audit: any AuditTrail = AuditLog(url: paths.auditLog)
/// let stored = try await audit.append(record)       // sequence and hashes filled in
/// let check = try await audit.verify()               // check.isIntact, check.recordCount
/// ```
public protocol AuditTrail: Sendable {
    /// Appends `record` at the end of the chain (its sequence and hashes are filled in) and returns it.
    @discardableResult
    func append(_ record: AuditRecord) async throws -> AuditRecord

    /// Every record, oldest first.
    func records() async throws -> [AuditRecord]

    /// Checks every record's hash, its link to the one before and the sequence numbers.
    func verify() async throws -> AuditVerification
}
