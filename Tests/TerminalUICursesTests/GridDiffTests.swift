import Testing
import TerminalUI
import TerminalUICurses

struct GridDiffTests {
    private func grid(_ lines: [String], width: Int = 8) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { grid.write(line, at: Point(x: 0, y: y)) }
        return grid
    }

    @Test("the first frame is a full repaint, one run per row")
    func firstFrame() {
        let new = grid(["ab", "cd"])
        let runs = GridDiff.changedRuns(from: nil, to: new)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.allSatisfy { $0.column == 0 && $0.cells.count == 8 })
    }

    @Test("a size change is a full repaint")
    func sizeChange() {
        let runs = GridDiff.changedRuns(from: grid(["ab"], width: 4), to: grid(["ab"], width: 5))
        #expect(runs == [GridDiff.Run(row: 0, column: 0, cells: Array(grid(["ab"], width: 5).row(0)))])
    }

    @Test("identical frames produce no runs")
    func identical() {
        #expect(GridDiff.changedRuns(from: grid(["same", "text"]), to: grid(["same", "text"])).isEmpty)
    }

    @Test("only changed cells are covered, in separate runs per gap")
    func separateRuns() {
        let runs = GridDiff.changedRuns(from: grid(["abcdefgh", "xxxx"]), to: grid(["aBcdeFGh", "xxxx"]))
        #expect(runs.map { [$0.row, $0.column, $0.cells.count] } == [[0, 1, 1], [0, 5, 2]])
        #expect(runs[1].cells.map(\.character) == ["F", "G"])
    }

    @Test("a role change alone is a change")
    func roleChange() {
        var new = grid(["abc"])
        new.write("b", at: Point(x: 1, y: 0), role: .selection)
        let runs = GridDiff.changedRuns(from: grid(["abc"]), to: new)
        #expect(runs == [GridDiff.Run(row: 0, column: 1, cells: [Cell(character: "b", role: .selection)])])
    }

    @Test("a wide character is always redrawn whole")
    func wholeWideCharacters() {
        // Only the continuation cell's role differs: the run must start at the wide character itself.
        var old = grid(["a株b"])
        var new = old
        new.put(.continuation(role: .dim), at: Point(x: 2, y: 0))
        var runs = GridDiff.changedRuns(from: old, to: new)
        #expect(runs.map { [$0.column, $0.cells.count] } == [[1, 2]])
        #expect(runs[0].cells[0].character == "株")

        // A narrow character replaced by a wide one: the run covers both columns.
        old = grid(["abcd"])
        new = grid(["a株d"])
        runs = GridDiff.changedRuns(from: old, to: new)
        #expect(runs.map { [$0.column, $0.cells.count] } == [[1, 2]])
        #expect(runs[0].cells[1].isContinuation)
        #expect(GridDiff.cellCount(of: runs) == 2)
    }

    @Test("moving the selection in a long list touches two rows only")
    func selectionMove() {
        func list(selected: Int) -> CellGrid {
            var grid = CellGrid(size: Size(width: 40, height: 50))
            TableView.render(columns: [TableColumn("Name", width: .flexible(min: 4))], rowCount: 1000,
                             row: { [TableCell("Customer \($0)")] }, state: TableState(selectedIndex: selected),
                             frame: Rect(size: grid.size), isFocused: true, into: &grid)
            return grid
        }
        let runs = GridDiff.changedRuns(from: list(selected: 10), to: list(selected: 11))
        // Rows 11 and 12 change (header is row 0); plus the position indicator in the header.
        #expect(Set(runs.map(\.row)) == [0, 11, 12])
    }
}
