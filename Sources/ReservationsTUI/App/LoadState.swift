/// Where a background load stands; drives spinners, progress and error lines.
public enum LoadState: Equatable, Sendable {
    case idle
    /// In flight: how many items have arrived, and the total if the service said.
    case loading(loaded: Int, total: Int?)
    case loaded
    case failed(String)
    case cancelled

    public var isLoading: Bool { if case .loading = self { true } else { false } }
}
