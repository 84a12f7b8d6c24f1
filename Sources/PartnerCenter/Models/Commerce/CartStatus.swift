/// Whether a cart can still be edited and checked out (`Active`) or was submitted (`Ordered`).
public enum CartStatus: LenientEnum {
    case active, ordered, expired
    case unknown(String)

    public static let allCases: [CartStatus] = [.active, .ordered, .expired]

    public var wireName: String {
        switch self {
        case .active: "Active"
        case .ordered: "Ordered"
        case .expired: "Expired"
        case .unknown(let raw): raw
        }
    }
}
