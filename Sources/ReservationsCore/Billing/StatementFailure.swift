import PartnerCenter

/// Why a statement was not saved, in words: Partner Center answers 404 (800002) for the statement of a month it
/// has not closed, which is not an error the operator can act on but a "not yet".
public enum StatementFailure {
    public static func message(_ id: InvoiceID, _ error: any Error) -> String {
        if let error = error as? PartnerCenterError, error.isNotFound {
            return "No statement of \(id.rawValue) yet: its month is not closed (Partner Center issues the statement when it closes)"
        }
        return "Statement of \(id.rawValue) not saved: \(FailureText.of(error))"
    }
}
