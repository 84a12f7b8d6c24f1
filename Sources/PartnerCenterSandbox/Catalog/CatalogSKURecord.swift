/// One generated SKU, compact: the wire `SKU` is built from it on demand.
struct CatalogSKURecord: Sendable {
    /// Four characters, unique within the product (`0001`, `000B`, …).
    let id: String
    let sizeIndex: Int
    let region: CatalogRegion
    /// 1 or 3.
    let years: Int
    /// Restricted in its region when the family requires an inventory check (deterministic per size and region).
    let isRestricted: Bool

    /// `1Year` / `3Years`, as `dynamicAttributes.duration` and `provisioningContext.duration` spell it.
    var duration: String { years == 1 ? "1Year" : "\(years)Years" }
    /// `P1Y` / `P3Y`.
    var termDuration: String { "P\(years)Y" }
    /// "1 Year" / "3 Years", as in SKU titles.
    var durationTitle: String { years == 1 ? "1 Year" : "\(years) Years" }
}
