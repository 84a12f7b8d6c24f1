/// A command only one screen has (sort the catalog, export line items…): its stable name for help and docs. What it
/// does is its binding's `perform`, so `AppReducer.run` and the shared ``Command`` never hear of it; each screen lists
/// its own in an enum in its folder (`CatalogScreenCommand`).
public protocol ScreenCommand: Sendable {
    /// The name help and docs/keybindings.md show, such as `cycle-sort`.
    var name: String { get }
}

extension ScreenCommand where Self: RawRepresentable, RawValue == String {
    public var name: String { rawValue }
}
