import Testing
import TerminalUI
import TestSupport

struct TableViewTests {
    static let columns = [
        TableColumn("Customer", width: .flexible(min: 8)),
        TableColumn("Market", width: .fixed(6)),
        TableColumn("Seats", width: .fixed(5), alignment: .right),
    ]

    static let rows: [[String]] = [
        ["Contoso Ltd", "NL", "12"],
        ["株式会社テスト", "JP", "3"],
        ["Ålandeilanden — Réunion Trading", "AX", "140"],
        ["Fabrikam", "US", "7"],
    ]

    @Test("header, marker, CJK and truncated names keep the columns aligned")
    func basic() throws {
        var grid = CellGrid(size: Size(width: 40, height: 6))
        grid.box(Rect(size: grid.size), title: "Customers", isFocused: true, glyphs: .unicode)
        TableView.render(columns: Self.columns, rows: Self.rows, state: TableState(selectedIndex: 1),
                         frame: Rect(size: grid.size).inset(by: 1), isFocused: true, glyphs: .unicode, into: &grid)
        try assertSnapshot(grid.plainText(), named: "basic")
        try assertSnapshot(grid.roleMap(legend: [
            .borderFocused: "B", .titleFocused: "T", .header: "h", .selection: "s", .dim: "d",
        ]), named: "basic-roles")
        // The market column starts in the same screen column on every row, whatever the name's width:
        // border 1 + gutter 2 + name 16 + spacing 2 = column 21.
        #expect([2, 3, 4].map { grid[21, $0].character } == ["N", "J", "A"])
    }

    @Test("zero-width and format characters in a cell are dropped: no cell carries them, so the columns after stay put")
    func invisibleCharacters() throws {
        let hostile = [["Con\u{200D}toso\u{200B} Ltd\u{2060}\u{00AD}", "N\u{200E}L", "12"], ["Fabrikam", "US", "7"]]
        var grid = CellGrid(size: Size(width: 40, height: 4))
        TableView.render(columns: Self.columns, rows: hostile, state: TableState(selectedIndex: 1),
                         frame: Rect(size: grid.size), isFocused: true, glyphs: .unicode, into: &grid)
        let rows = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[1].hasPrefix("  Contoso Ltd"), "\(rows[1])")
        let below = Array(rows[2])
        let market = try #require(below.firstIndex(of: "U"))
        #expect(Array(rows[1])[market] == "N", "the market column lines up with the row below")
        for y in 0..<grid.size.height {
            for x in 0..<grid.size.width {
                #expect(!grid[x, y].character.unicodeScalars.contains { $0.properties.generalCategory == .format })
            }
        }
        #expect(DisplayWidth.visible("plain ASCII") == "plain ASCII")
        #expect(DisplayWidth.visible("a\u{200B}b\u{202E}c\u{1B}") == "abc")
        #expect(DisplayWidth.visible("Ålandeilanden 株式会社") == "Ålandeilanden 株式会社")
    }

    @Test("an unfocused table paints the selection with selection.unfocused")
    func unfocused() {
        var grid = CellGrid(size: Size(width: 30, height: 3))
        TableView.render(columns: Self.columns, rows: Self.rows, state: TableState(selectedIndex: 0),
                         frame: Rect(size: grid.size), isFocused: false, into: &grid)
        #expect(grid[5, 1].role == .selectionUnfocused)
        #expect(grid[0, 1].character == "›")
        #expect(!grid.roleMap(legend: [.selection: "s"]).contains("s"))
    }

    @Test("rows scroll to keep the selection visible and the indicator shows the position")
    func scrolling() throws {
        var grid = CellGrid(size: Size(width: 30, height: 5))
        let state = TableState(selectedIndex: 340 - 1, scrollOffset: 0)
        TableView.render(columns: [TableColumn("Name", width: .flexible(min: 4))], rowCount: 340,
                         row: { [TableCell("Customer \($0 + 1)")] }, state: state, frame: Rect(size: grid.size),
                         isFocused: true, glyphs: .ascii, into: &grid)
        try assertSnapshot(grid.plainText(), named: "scrolled-to-end")
        #expect(grid.text(ofRow: 0).hasSuffix("340/340"))
    }

    @Test("only the visible rows are requested from the provider")
    func visibleRowsOnly() {
        var grid = CellGrid(size: Size(width: 40, height: 12))
        var requested: [Int] = []
        TableView.render(columns: Self.columns, rowCount: 100_000, row: { index in
            requested.append(index)
            return [TableCell("Row \(index)"), "NL", "1"]
        }, state: TableState(selectedIndex: 50_000, scrollOffset: 49_995), frame: Rect(size: grid.size),
                         isFocused: true, into: &grid)
        #expect(requested == Array(49_995..<50_006))
        #expect(grid.text(ofRow: 0).hasSuffix("50001/100000"))
    }

    @Test("cell roles apply on every row; the selection paints the gutter and the first column only")
    func cellRoles() {
        var grid = CellGrid(size: Size(width: 30, height: 3))
        TableView.render(columns: Self.columns, rowCount: 2, row: { _ in
            [TableCell("Name"), TableCell("NL", role: .badgeMarket), TableCell("9", role: .price)]
        }, state: TableState(selectedIndex: 0), frame: Rect(size: grid.size), isFocused: true, into: &grid)
        let map = grid.roleMap(legend: [.badgeMarket: "m", .price: "p", .selection: "s"]).split(separator: "\n")
        #expect(map[2].contains("mm") && map[2].contains("p"))
        #expect(map[1].contains("mm") && map[1].contains("p"), "the selected row keeps its other cells' roles")
        #expect(map[1].hasPrefix("ssssss") && !map[2].contains("s"))
    }

    @Test("an empty table says so, with 0/0 where the position goes, so rows arriving do not move the columns")
    func empty() {
        var grid = CellGrid(size: Size(width: 30, height: 3))
        TableView.render(columns: Self.columns, rows: [], state: TableState(selectedIndex: 3),
                         frame: Rect(size: grid.size), isFocused: true, emptyText: "No customers match", into: &grid)
        #expect(grid.text(ofRow: 1) == "  No customers match")
        #expect(grid[2, 1].role == .dim)
        #expect(grid.text(ofRow: 0).hasSuffix("  0/0"))
        var loaded = CellGrid(size: grid.size)
        TableView.render(columns: Self.columns, rows: [["Contoso", "US", "5"]], state: TableState(),
                         frame: Rect(size: loaded.size), isFocused: true, into: &loaded)
        #expect(loaded.text(ofRow: 0) == grid.text(ofRow: 0).replacingOccurrences(of: "0/0", with: "1/1"), "the header stays put")
    }

    @Test("the table clears its frame, so a shorter list leaves no stale rows")
    func clearsFrame() {
        var grid = CellGrid(size: Size(width: 20, height: 4))
        grid.fill(Rect(size: grid.size), role: .danger, character: "x")
        TableView.render(columns: [TableColumn("A", width: .flexible(min: 1))], rows: [["a"]], state: TableState(),
                         frame: Rect(size: grid.size), isFocused: true, showsPosition: false, into: &grid)
        #expect(grid.plainText() == "  A\n› a\n\n")
    }

    @Test("layout gives fixed widths, shares the rest among flexible columns, and cuts at the edge")
    func layout() {
        let columns = [
            TableColumn("a", width: .flexible(min: 4)), TableColumn("b", width: .fixed(6)),
            TableColumn("c", width: .flexible(min: 2)),
        ]
        let wide = TableView.layout(columns, width: 31, spacing: 2)
        #expect(wide.map(\.width) == [11, 6, 10])
        #expect(wide.map(\.offset) == [0, 13, 21])
        let narrow = TableView.layout(columns, width: 12, spacing: 2)
        #expect(narrow.map(\.width) == [4, 6, 0])
        let cut = TableView.layout(columns, width: 9, spacing: 1)
        #expect(cut.map(\.width) == [4, 4, 0])
    }

    @Test("positionText reports 1-based position and total")
    func position() {
        #expect(TableView.positionText(state: TableState(selectedIndex: 11), rowCount: 340) == "12/340")
        #expect(TableView.positionText(state: TableState(selectedIndex: 900), rowCount: 340) == "340/340")
        #expect(TableView.positionText(state: TableState(), rowCount: 0) == "0/0")
    }
}
