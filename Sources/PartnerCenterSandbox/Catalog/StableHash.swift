/// FNV-1a over UTF-8: a hash that is the same in every process and on every machine (Swift's `Hasher` is
/// seeded per process, so it cannot derive IDs that must stay stable between runs).
enum StableHash {
    static func of(_ parts: String...) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                hash ^= 0x1F  // a separator, so ("ab", "c") and ("a", "bc") differ
                hash &*= 0x0000_0100_0000_01B3
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
