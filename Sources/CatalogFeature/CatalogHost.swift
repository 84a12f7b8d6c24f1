import CartFeature
import ScreenKit

/// What the catalog needs of the app: a place for its state and its load count, whether it is shown (a load's
/// notes are said only then), a way to be shown, and how its effects travel. `a` adds a SKU to the cart, so it is a
/// cart host too.
public protocol CatalogHost: CartHost {
    /// The open catalog, or nil.
    var catalog: CatalogState? { get set }
    /// Counts catalog loads, so late results of an earlier load are recognised and dropped.
    var catalogGeneration: Int { get set }
    /// Whether the catalog is the shown screen.
    var isCatalogShown: Bool { get }
    /// Puts the catalog on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showCatalogScreen() -> [AppEffect]
    /// The app's effect carrying one of the catalog's.
    static func catalogEffect(_ effect: CatalogEffect) -> AppEffect
}
