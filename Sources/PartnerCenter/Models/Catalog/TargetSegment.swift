/// The `targetSegment` of a catalog query and an availability's `segment` (§3.3, §4.1).
public enum TargetSegment: LenientEnum {
    case commercial, education, government, nonprofit
    case unknown(String)

    public static let allCases: [TargetSegment] = [.commercial, .education, .government, .nonprofit]

    public var wireName: String {
        switch self {
        case .commercial: "commercial"
        case .education: "education"
        case .government: "government"
        case .nonprofit: "nonprofit"
        case .unknown(let raw): raw
        }
    }
}
