import ArgumentParser
import PartnerCenter

/// One `--item CATALOGITEMID:QUANTITY:TERM` value. The catalog item ID itself contains colons
/// (`product:sku:availability`), so quantity and term are read from the right.
struct PurchaseItemSpec: Hashable {
    var catalogItemID: CatalogItemID
    var quantity: Int
    var termDuration: String

    /// Parses the value or explains, in one sentence, what is wrong with it.
    static func parse(_ text: String) throws -> PurchaseItemSpec {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let shown = TerminalText.sanitize(text)
        guard parts.count >= 3 else {
            throw ValidationError("--item \"\(shown)\" must be CATALOGITEMID:QUANTITY:TERM, e.g. DZH318Z0BQ3Q:0001:DZH318Z0BQ3P:2:P1Y.")
        }
        let term = parts[parts.count - 1].uppercased()
        let quantityText = parts[parts.count - 2]
        let catalogItem = parts.dropLast(2).joined(separator: ":")
        guard let quantity = Int(quantityText) else {
            throw ValidationError("--item \"\(shown)\": the quantity \"\(TerminalText.sanitize(quantityText))\" is not a whole number.")
        }
        guard term.count >= 3, term.hasPrefix("P"), term.hasSuffix("Y"), Int(term.dropFirst().dropLast()) != nil else {
            throw ValidationError("--item \"\(shown)\": the term must be an ISO duration such as P1Y or P3Y.")
        }
        try ArgumentChecks.identifier(catalogItem, name: "--item catalog item")
        return PurchaseItemSpec(catalogItemID: CatalogItemID(catalogItem), quantity: quantity, termDuration: term)
    }
}
