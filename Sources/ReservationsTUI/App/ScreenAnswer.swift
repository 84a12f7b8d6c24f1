/// A screen's answers (``BillingAction``, ``CatalogAction``…), carried by an ``Action`` case and applied by that
/// screen's part of the reducer, in its folder.
protocol ScreenAnswer: Sendable {
    func reduce(_ state: inout AppState) -> [Effect]
}
