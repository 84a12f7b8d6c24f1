import Foundation

/// Which prices a price sheet request asks for (§10: `timeline` and `month`).
public enum PriceSheetTimeline: Hashable, Sendable {
    /// Prices in effect now (the service's default; no query is sent).
    case current
    /// Prices announced for the future.
    case future
    /// Prices of a past month.
    case history(year: Int, month: Int)

    /// The query items this timeline adds to the request.
    var queryItems: [(name: String, value: String)] {
        switch self {
        case .current: []
        case .future: [("timeline", "future")]
        case .history(let year, let month):
            [("timeline", "history"), ("month", String(format: "%04d%02d", year, month))]
        }
    }
}
