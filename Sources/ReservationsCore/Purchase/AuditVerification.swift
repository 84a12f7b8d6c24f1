/// What `AuditLog.verify()` found.
public struct AuditVerification: Codable, Hashable, Sendable {
    /// Records read.
    public var recordCount: Int
    /// The first broken line (numbered from 1), nil when the chain is intact.
    public var brokenLine: Int?
    /// What is wrong at `brokenLine`, in plain words; nil when intact.
    public var problem: String?

    public init(recordCount: Int, brokenLine: Int? = nil, problem: String? = nil) {
        self.recordCount = recordCount
        self.brokenLine = brokenLine
        self.problem = problem
    }

    public var isIntact: Bool { brokenLine == nil && problem == nil }
}
