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
struct InternedStrings: Equatable, Sendable {
    /// The ID of an absent value (a nil field).
    static let none = UInt32.max

    private(set) var values: [String] = []
    /// The ID of each value; empty after reading an archive until the first ``intern(_:)`` needs it (building it
    /// for 100,000 strings would be most of the time of opening a cached catalog).
    private var positions: [String: UInt32] = [:]
    private var positionsAreComplete = true
    /// The lowercased UTF-8 of every value, back to back.
    private(set) var lowered: [UInt8] = []
    /// Where value `i`'s lowercased bytes start in `lowered`; one more entry than values (the end).
    private(set) var loweredStarts: [Int] = [0]
    /// How often each byte occurs in `lowered`: a term is anchored on its rarest byte.
    private var byteCounts = [Int](repeating: 0, count: 256)

    init() {}

    /// Reads a table written by ``write(to:)``, checking that its parts agree.
    init(reading reader: inout ArchiveReader) throws {
        values = try reader.readStrings()
        lowered = try reader.readArray()
        loweredStarts = try reader.readArray()
        byteCounts = try reader.readArray()
        guard loweredStarts.count == values.count + 1, loweredStarts.first == 0, loweredStarts.last == lowered.count,
            byteCounts.count == 256, zip(loweredStarts, loweredStarts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw ArchiveReader.Failure(description: "a string table does not add up") }
        positionsAreComplete = values.isEmpty
    }

    /// Writes the table (values, their lowercased bytes and byte counts) for ``init(reading:)``.
    func write(to writer: inout ArchiveWriter) {
        writer.write(strings: values)
        writer.write(array: lowered)
        writer.write(array: loweredStarts)
        writer.write(array: byteCounts)
    }

    static func == (lhs: InternedStrings, rhs: InternedStrings) -> Bool { lhs.values == rhs.values }

    var count: Int { values.count }

    /// The ID of `value`, adding it when new; ``none`` for nil.
    mutating func intern(_ value: String?) -> UInt32 {
        guard let value else { return Self.none }
        if !positionsAreComplete {
            positions = Dictionary(values.enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
            positionsAreComplete = true
        }
        if let known = positions[value] { return known }
        let id = UInt32(values.count)
        values.append(value)
        positions[value] = id
        let start = lowered.count
        // ASCII (nearly every catalog string) is lowercased byte by byte; anything else goes through
        // `lowercased()`, as the query does, so both sides agree.
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in value.utf8 { lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        } else {
            lowered.append(contentsOf: value.lowercased().utf8)
        }
        for byte in lowered[start...] { byteCounts[Int(byte)] += 1 }
        loweredStarts.append(lowered.count)
        return id
    }

    /// The ID of `value` if it is stored (a scan when the table was read from an archive and nothing was added).
    func id(of value: String) -> UInt32? {
        if positionsAreComplete { return positions[value] }
        return values.firstIndex(of: value).map { UInt32($0) }
    }

    /// The value of `id`; nil for ``none``.
    subscript(id: UInt32) -> String? { id == Self.none ? nil : values[Int(id)] }

    /// The lowercased text of `id` (empty for ``none``).
    func loweredText(_ id: UInt32) -> String {
        guard id != Self.none else { return "" }
        return String(decoding: lowered[loweredStarts[Int(id)]..<loweredStarts[Int(id) + 1]], as: UTF8.self)
    }

    /// For every value, whether its lowercased text contains `term` (lowercased UTF-8, not empty).
    func containing(_ term: [UInt8]) -> [Bool] {
        var result = [Bool](repeating: false, count: values.count)
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
        var ranks = [UInt32](repeating: 0, count: values.count)
        let sorted = ids.filter { $0 != Self.none }.sorted { values[Int($0)] < values[Int($1)] }
        for (rank, id) in sorted.enumerated() { ranks[Int(id)] = UInt32(rank + 1) }
        return ranks
    }

    /// Whether `length` bytes at `haystack` contain the `count` bytes at `needle`. `memchr` (vectorised in libc)
    /// looks for the needle's rarest byte, at offset `anchor`, so few candidates reach `memcmp`.
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
            if memcmp(hitPointer - anchor, needle, count) == 0 { return true }
            let skipped = hitPointer - position + 1
            position += skipped
            remaining -= skipped
        }
        return false
    }
}
