/// Where a background load stands; drives spinners, progress and error lines.
public enum LoadState: Equatable, Sendable {
    case idle
    /// In flight: how many items have arrived, and the total if the service said.
    case loading(loaded: Int, total: Int?)
    case loaded
    case failed(String)
    case cancelled

    public var isLoading: Bool { if case .loading = self { true } else { false } }

    /// The count to show after a part reports `count` answered: never lower than the count shown, since parts
    /// loaded in parallel can report out of order.
    public func answered(atLeast count: Int) -> Int {
        if case .loading(let loaded, _) = self { max(loaded, count) } else { count }
    }
}
