/// One line of the audit log: a purchase or registration attempt and its outcome.
///
/// Every field is text or a whole number so that decoding and re-encoding give the same bytes, which the hash
/// chain depends on.
public struct AuditRecord: Codable, Hashable, Sendable {
    /// 1, 2, 3, … in file order.
    public var sequence: Int
    /// ISO 8601 UTC with milliseconds.
    public var time: String
    /// `purchase`, `checkout`, `resolve`, `registration`.
    public var action: String
    /// The account (password database) the process ran as.
    public var operatorLogin: String
    /// `USER`/`LOGNAME` when it claimed another name; absent otherwise (so older records hash as they did).
    public var claimedLogin: String?
    /// The SSH client address the environment claimed.
    public var sshClient: String?
    public var profile: String
    public var customerID: String
    /// One `PurchaseLine.summary` per line.
    public var lines: [String]
    public var intentID: String?
    public var cartID: String?
    public var requestIDs: [String]
    public var correlationID: String?
    /// `completed`, `partial`, `failed`, `refused`, `unknown`, `started`.
    public var outcome: String
    public var orderIDs: [String]
    public var detail: String?
    /// `recordHash` of the record before this one (64 zeros for the first).
    public var previousHash: String
    /// SHA-256 (hex) of this record encoded with sorted keys and `recordHash` left out.
    public var recordHash: String

    public init(
        sequence: Int = 0, time: String, action: String, operatorLogin: String, claimedLogin: String? = nil, sshClient: String?,
        profile: String,
        customerID: String, lines: [String] = [], intentID: String? = nil, cartID: String? = nil, requestIDs: [String] = [],
        correlationID: String? = nil, outcome: String, orderIDs: [String] = [], detail: String? = nil, previousHash: String = "",
        recordHash: String = ""
    ) {
        self.sequence = sequence
        self.time = time
        self.action = action
        self.operatorLogin = operatorLogin
        self.claimedLogin = claimedLogin
        self.sshClient = sshClient
        self.profile = profile
        self.customerID = customerID
        self.lines = lines
        self.intentID = intentID
        self.cartID = cartID
        self.requestIDs = requestIDs
        self.correlationID = correlationID
        self.outcome = outcome
        self.orderIDs = orderIDs
        self.detail = detail
        self.previousHash = previousHash
        self.recordHash = recordHash
    }
}
