import Foundation
import PartnerCenter

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

    /// A registration attempt's record; the error, when it failed, gives the detail and the service's request IDs.
    public static func registration(
        customerID: CustomerID, subscriptionID: SubscriptionID, profile: String, outcome: String, error: (any Error)?
    ) -> AuditRecord {
        let serviceError = error as? PartnerCenterError
        return registration(
            customerID: customerID.rawValue, subscriptionID: subscriptionID.rawValue, profile: profile, outcome: outcome,
            detail: error.map(FailureText.of), requestID: serviceError?.requestID?.rawValue,
            correlationID: serviceError?.correlationID?.rawValue)
    }
}
