/// One generated product: its stable ID and the family it sells.
struct CatalogProductRecord: Sendable {
    let id: String
    let family: CatalogFamily
}
