#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Distinct strings, each stored once and named by its position, with their lowercased UTF-8 kept back to back
/// for substring search.
///
/// A country's catalog repeats a few hundred region, product, category and term strings over 100,000 SKUs;
/// keeping each once is most of what makes ``CatalogIndex`` small, and searching the distinct strings once per
/// query term (instead of every row's copy) is what makes its filter fast.
///
/// The strings themselves are kept as UTF-8 in one array too, not as `String`s: a `String` kept from a decoded
/// SKU is a heap block of its own among the JSON decoder's freed ones, and 100,000 of them (one title per SKU)
/// kept freed pages from going back (107,378 SKUs loaded: heap in use 50 → 40 MB, resident 147–170 → 109 MB).
struct InternedStrings: Equatable, Sendable {
    /// The ID of an absent value (a nil field).
    static let none = UInt32.max

    /// The UTF-8 of every value, back to back.
    private(set) var bytes: [UInt8] = []
    /// Where value `i` starts in `bytes`; one more entry than values (the end).
    private(set) var starts: [Int] = [0]
    /// An open-addressing hash table of IDs (``none`` for an empty slot), a power of two long and at most half
    /// full. Empty after reading an archive until the first ``intern(_:)`` needs it (building it for 100,000
    /// strings would be most of the time of opening a cached catalog).
    private var slots: [UInt32] = []
    /// The lowercased UTF-8 of every value, back to back.
    private(set) var lowered: [UInt8] = []
    /// Where value `i`'s lowercased bytes start in `lowered`; one more entry than values (the end).
    private(set) var loweredStarts: [Int] = [0]
    /// How often each byte occurs in `lowered`: a term is anchored on its rarest byte.
    private var byteCounts = [Int](repeating: 0, count: 256)

    init() {}

    /// Reads a table written by ``write(to:)``, checking that its parts agree.
    init(reading reader: inout ArchiveReader) throws {
        bytes = try reader.readArray()
        starts = try reader.readArray()
        lowered = try reader.readArray()
        loweredStarts = try reader.readArray()
        byteCounts = try reader.readArray()
        func consistent(_ starts: [Int], over bytes: [UInt8]) -> Bool {
            starts.first == 0 && starts.last == bytes.count && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard consistent(starts, over: bytes), consistent(loweredStarts, over: lowered), starts.count == loweredStarts.count,
            byteCounts.count == 256
        else { throw ArchiveReader.Failure(description: "a string table does not add up") }
    }

    /// Writes the table (values, their lowercased bytes and byte counts) for ``init(reading:)``.
    func write(to writer: inout ArchiveWriter) {
        writer.write(array: bytes)
        writer.write(array: starts)
        writer.write(array: lowered)
        writer.write(array: loweredStarts)
        writer.write(array: byteCounts)
    }

    static func == (lhs: InternedStrings, rhs: InternedStrings) -> Bool { lhs.starts == rhs.starts && lhs.bytes == rhs.bytes }

    var count: Int { starts.count - 1 }

    /// The ID of `value`, adding it when new; ``none`` for nil.
    mutating func intern(_ value: String?) -> UInt32 {
        guard var value else { return Self.none }
        return value.withUTF8 { intern(utf8: $0) }
    }

    private mutating func intern(utf8 value: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if slots.count < 2 * (count + 1) { rebuildSlots() }
        let (slot, found) = probe(value)
        if let found { return found }
        let id = UInt32(count)
        slots[slot] = id
        bytes.append(contentsOf: value)
        starts.append(bytes.count)
        let start = lowered.count
        // ASCII (nearly every catalog string) is lowercased byte by byte; anything else is folded as the query is
        // (`searchFolded`), so both sides agree and "sao" finds "São Paulo".
        if value.allSatisfy({ $0 < 0x80 }) {
            for byte in value { lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        } else {
            lowered.append(contentsOf: Self.searchFolded(String(decoding: value, as: UTF8.self)).utf8)
        }
        for byte in lowered[start...] { byteCounts[Int(byte)] += 1 }
        loweredStarts.append(lowered.count)
        return id
    }

    /// Doubles the hash table (or builds it after an archive was read) so it stays at most half full.
    private mutating func rebuildSlots() {
        var capacity = max(64, slots.count)
        while capacity < 2 * (count + 1) { capacity *= 2 }
        var table = [UInt32](repeating: Self.none, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: all[starts[id]..<starts[id + 1]])) & mask
                while table[slot] != Self.none { slot = (slot + 1) & mask }
                table[slot] = UInt32(id)
            }
        }
        slots = table
    }

    private static func hash(_ value: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(value))
        return hasher.finalize()
    }

    /// Where `value` is in the hash table (`found`), or the empty slot it would take. The table must not be empty.
    private func probe(_ value: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: UInt32?) {
        let mask = slots.count - 1
        var slot = Self.hash(value) & mask
        while slots[slot] != Self.none {
            if stored(slots[slot], equals: value) { return (slot, slots[slot]) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// Whether value `id`'s bytes are `value`'s.
    private func stored(_ id: UInt32, equals value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[Int(id)]
        let length = starts[Int(id) + 1] - start
        guard length == value.count else { return false }
        guard length > 0 else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, value.baseAddress!, length) == 0 }
    }

    /// The ID of `value` if it is stored (a scan when the table was read from an archive and nothing was added).
    func id(of value: String) -> UInt32? {
        var value = value
        return value.withUTF8 { value in
            if slots.isEmpty { return (0..<count).first { stored(UInt32($0), equals: value) }.map(UInt32.init) }
            return probe(value).found
        }
    }

    /// The value of `id`; nil for ``none``.
    subscript(id: UInt32) -> String? {
        guard id != Self.none else { return nil }
        return String(decoding: bytes[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// The lowercased text of `id` (empty for ``none``).
    func loweredText(_ id: UInt32) -> String {
        guard id != Self.none else { return "" }
        return String(decoding: lowered[loweredStarts[Int(id)]..<loweredStarts[Int(id) + 1]], as: UTF8.self)
    }

    /// Text as the search compares it: lowercased, without accents.
    static func searchFolded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// For every value, whether its folded text has a word starting with `term` (folded UTF-8, not empty): `nc`
    /// is in "NCv3 Series" but not in "Instances". A word starts at the beginning or after a byte that is not an
    /// ASCII letter or digit (`_` and `-` included, so `d2s` starts a word of "standard_d2s_v5").
    func containing(_ term: [UInt8]) -> [Bool] {
        var result = [Bool](repeating: false, count: count)
        guard !term.isEmpty else { return result }
        let anchor = term.indices.min { byteCounts[Int(term[$0])] < byteCounts[Int(term[$1])] } ?? 0
        lowered.withUnsafeBytes { haystack in
            loweredStarts.withUnsafeBufferPointer { starts in
                term.withUnsafeBytes { needle in
                    result.withUnsafeMutableBufferPointer { result in
                        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                        for id in 0..<result.count {
                            let start = starts[id]
                            let length = starts[id + 1] - start
                            guard length >= needle.count else { continue }
                            result[id] = Self.contains(
                                base + start, length: length, needle: needleBase, count: needle.count, anchor: anchor)
                        }
                    }
                }
            }
        }
        return result
    }

    /// The position of each of `ids` when they are sorted by their strings (`<`), 1-based, in an array indexed by
    /// ID (0 for IDs not given), so rows can be ordered by comparing integers.
    func ranks(of ids: Set<UInt32>) -> [UInt32] {
        var ranks = [UInt32](repeating: 0, count: count)
        let sorted = ids.filter { $0 != Self.none }.map { ($0, self[$0] ?? "") }.sorted { $0.1 < $1.1 }
        for (rank, (id, _)) in sorted.enumerated() { ranks[Int(id)] = UInt32(rank + 1) }
        return ranks
    }

    /// Letters, digits and any byte of a multi-byte character: the inside of a word.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }

    /// Whether `length` bytes at `haystack` contain the `count` bytes at `needle` at the start of a word. `memchr`
    /// (vectorised in libc) looks for the needle's rarest byte, at offset `anchor`, so few candidates reach `memcmp`.
    @inline(__always)
    private static func contains(
        _ haystack: UnsafeRawPointer, length: Int, needle: UnsafeRawPointer, count: Int, anchor: Int
    ) -> Bool {
        let anchorByte = Int32(needle.load(fromByteOffset: anchor, as: UInt8.self))
        // The anchor can only sit where the whole needle still fits around it.
        var position = haystack + anchor
        var remaining = length - count + 1
        while remaining > 0 {
            guard let hit = memchr(position, anchorByte, remaining) else { return false }
            let hitPointer = UnsafeRawPointer(hit)
            let start = hitPointer - anchor
            if memcmp(start, needle, count) == 0, start == haystack || !isWordByte(start.load(fromByteOffset: -1, as: UInt8.self)) {
                return true
            }
            let skipped = hitPointer - position + 1
            position += skipped
            remaining -= skipped
        }
        return false
    }
}
