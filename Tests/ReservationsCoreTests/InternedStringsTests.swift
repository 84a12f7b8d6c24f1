import Testing

@testable import ReservationsCore

/// The string table behind ``CatalogIndex``: UTF-8 back to back and a hash table of IDs, instead of `String`s.
struct InternedStringsTests {
    static let words = (0..<1_000).map { "Reserved VM Instance, Standard_D\($0)s_v5, US East, 3 Years" } + ["", "Zürich Nord", "eastus"]

    @Test("each distinct string gets one ID, kept while the table grows, and reads back as it was given")
    func internsOnce() {
        var table = InternedStrings()
        let ids = Self.words.map { table.intern($0) }
        #expect(Set(ids).count == Self.words.count)
        #expect(Self.words.map { table.intern($0) } == ids, "interning again after the hash table grew")
        #expect(ids.map { table[$0] } == Self.words)
        #expect(table.intern(nil) == InternedStrings.none)
        #expect(table[InternedStrings.none] == nil)
        #expect(table.id(of: "Zürich Nord") == ids[1_001])
        #expect(table.id(of: "Zurich Nord") == nil)
        #expect(table.count == Self.words.count)
    }

    @Test("search text of non-ASCII strings is folded as the query is: lower case, no accents; terms match at word starts")
    func lowercases() {
        var table = InternedStrings()
        let id = table.intern("Réservé ZÜRICH")
        #expect(table.loweredText(id) == "reserve zurich")
        #expect(table.containing(Array(InternedStrings.searchFolded("Zürich").utf8)) == [true])
        #expect(table.containing(Array("zurich".utf8)) == [true])
        #expect(table.containing(Array("urich".utf8)) == [false], "not at a word start")
    }

    @Test("a table read from an archive finds its strings, by scan and then by hash once it takes new ones")
    func readsBack() throws {
        var table = InternedStrings()
        let ids = Self.words.map { table.intern($0) }
        var writer = ArchiveWriter(magic: "test")
        table.write(to: &writer)
        var reader = try ArchiveReader(writer.data, magic: "test")
        var read = try InternedStrings(reading: &reader)
        #expect(read == table)
        #expect(read.id(of: Self.words[500]) == ids[500], "before the hash table is built")
        #expect(read.intern(Self.words[700]) == ids[700])
        #expect(read.intern("new") == UInt32(Self.words.count))
        #expect(read.id(of: Self.words[999]) == ids[999], "after")
    }
}
