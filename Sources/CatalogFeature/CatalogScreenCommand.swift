import ScreenKit
/// The catalog's own commands. Raw values are the stable names help and docs show.
public enum CatalogScreenCommand: String, ScreenCommand {
    case addToCart = "add-to-cart"
    case cycleSort = "cycle-sort"
    case cycleCatalogView = "cycle-catalog-view"
}
