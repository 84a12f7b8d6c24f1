import PartnerCenter

/// A failure as one readable line: Partner Center's own summary (code, words, request ID) when the service
/// answered, else the error's description.
public enum FailureText {
    public static func of(_ error: any Error) -> String {
        if let error = error as? PartnerCenterError { return error.summary }
        return String(describing: error)
    }
}
