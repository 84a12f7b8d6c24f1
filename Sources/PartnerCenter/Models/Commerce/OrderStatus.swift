/// An order's state (§4.5); some values contain spaces on the wire.
public enum OrderStatus: LenientEnum {
    case unknownStatus, completed, pending, cancelled, suspended, pendingReview, pendingPOUpload, poUploadComplete
    case poReviewRejected, partialSuccess, error
    case unknown(String)

    public static let allCases: [OrderStatus] = [
        .unknownStatus, .completed, .pending, .cancelled, .suspended, .pendingReview, .pendingPOUpload, .poUploadComplete,
        .poReviewRejected, .partialSuccess, .error,
    ]

    public var wireName: String {
        switch self {
        case .unknownStatus: "unknown"
        case .completed: "completed"
        case .pending: "pending"
        case .cancelled: "cancelled"
        case .suspended: "suspended"
        case .pendingReview: "pending review"
        case .pendingPOUpload: "pending po upload"
        case .poUploadComplete: "po upload complete"
        case .poReviewRejected: "po review rejected"
        case .partialSuccess: "partial success"
        case .error: "error"
        case .unknown(let raw): raw
        }
    }
}

extension OrderStatus: WireDefaultable {
    /// An order whose status the service left out.
    public static var wireDefault: OrderStatus { .unknownStatus }
}
