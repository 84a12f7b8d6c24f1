/// The one-line message above the footer.
public enum StatusLine: Equatable, Sendable {
    case none
    case info(String)
    case success(String)
    case warning(String)
    case error(String)

    public var text: String? {
        switch self {
        case .none: nil
        case .info(let text), .success(let text), .warning(let text), .error(let text): text
        }
    }
}
