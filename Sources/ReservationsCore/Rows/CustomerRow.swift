import PartnerCenter

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One customer as the list shows it: what the screen needs of the wire `Customer`, read once here so the screens
/// never see wire types. The country arrives later (list items carry no address).
public struct CustomerRow: Equatable, Sendable {
    public let id: CustomerID
    public let name: String
    /// The customer's primary domain, as Partner Center spells it (empty when missing).
    public let domain: String
    /// Lowercased name and domain, computed once so filtering 10,000 rows per keystroke stays cheap.
    /// The `.onmicrosoft.com` every tenant shares is left out, or "com" would match everyone.
    public let searchKey: String
    /// `searchKey` as UTF-8, searched byte-wise (`memchr` for the first byte, then `memcmp`): `String.contains`
    /// walks grapheme clusters and took most of a keystroke's time at 10,000 customers.
    let searchBytes: [UInt8]

    public init(customer: Customer) {
        id = customer.id
        name = customer.name
        domain = customer.companyProfile.domain ?? ""
        var searchedDomain = domain.lowercased()
        if searchedDomain.hasSuffix(".onmicrosoft.com") { searchedDomain.removeLast(".onmicrosoft.com".count) }
        searchKey = name.lowercased() + "\u{1F}" + searchedDomain
        searchBytes = Array(searchKey.utf8)
    }

    /// Whether the search key contains `needle`, the UTF-8 of a lowercased query (byte-wise, so a query and a
    /// key lowercased the same way agree).
    public func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= searchBytes.count else { return false }
        return searchBytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return false }
                let first = Int32(needle[0])
                var position = base
                var remaining = haystack.count - needle.count + 1
                while remaining > 0 {
                    guard let hit = memchr(position, first, remaining) else { return false }
                    let hitPointer = UnsafeRawPointer(hit)
                    if memcmp(hitPointer, needleBase, needle.count) == 0 { return true }
                    let skipped = hitPointer - position + 1
                    position += skipped
                    remaining -= skipped
                }
                return false
            }
        }
    }
}
