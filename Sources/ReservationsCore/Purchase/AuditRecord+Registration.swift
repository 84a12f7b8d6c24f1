import Foundation

extension AuditRecord {
    /// A record of a registration attempt (subscription registered for reservation purchases).
    /// - Parameters:
    ///   - outcome: `sent`, `registered` or `failed`.
    ///   - detail: the error or status, in plain words.
    public static func registration(
        customerID: String, subscriptionID: String, profile: String, operatorIdentity: OperatorIdentity = .current(),
        outcome: String, detail: String? = nil, requestID: String? = nil, correlationID: String? = nil, now: Date = Date()
    ) -> AuditRecord {
        AuditRecord(
            time: now.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)), action: "registration",
            operatorLogin: operatorIdentity.login, claimedLogin: operatorIdentity.claimedLogin,
            sshClient: operatorIdentity.sshClient, profile: profile, customerID: customerID,
            lines: ["subscription \(subscriptionID)"], requestIDs: requestID.map { [$0] } ?? [], correlationID: correlationID,
            outcome: outcome, detail: detail)
    }
}
