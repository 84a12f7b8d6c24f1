import TerminalUI

/// Works out which cells changed between two frames, so the terminal touches only those.
///
/// Pure and separately tested; ``CursesTerminal`` feeds the runs to curses.
public enum GridDiff {
    /// A horizontal run of consecutive changed cells on one row.
    public struct Run: Hashable, Sendable {
        /// The row.
        public var row: Int
        /// The first column.
        public var column: Int
        /// The new cells, left to right (continuation cells included, so `cells.count` is the width).
        public var cells: [Cell]

        /// Creates a run.
        public init(row: Int, column: Int, cells: [Cell]) {
            self.row = row
            self.column = column
            self.cells = cells
        }
    }

    /// The runs that turn `old` into `new`.
    ///
    /// Without an old frame, or when the size changed, every row is one full-width run (a full repaint).
    /// A run never starts on a continuation cell or ends between the halves of a double-width character:
    /// if either half changed, both are included, so the wide character is redrawn whole.
    public static func changedRuns(from old: CellGrid?, to new: CellGrid) -> [Run] {
        let width = new.size.width
        guard let old, old.size == new.size else {
            return (0..<new.size.height).map { Run(row: $0, column: 0, cells: Array(new.row($0))) }
        }
        var runs: [Run] = []
        for y in 0..<new.size.height {
            let before = old.row(y)
            let after = new.row(y)
            let offset = after.startIndex
            var x = 0
            while x < width {
                guard before[offset + x] != after[offset + x] else {
                    x += 1
                    continue
                }
                var start = x
                if after[offset + start].isContinuation || before[offset + start].isContinuation {
                    start = max(0, start - 1)  // include the left half of the wide character
                }
                var end = x + 1
                while end < width, before[offset + end] != after[offset + end] || after[offset + end].isContinuation
                    || before[offset + end].isContinuation
                {
                    end += 1
                }
                if let last = runs.last, last.row == y, last.column + last.cells.count >= start {
                    // Overlaps the previous run (it was widened to a whole wide character): extend it.
                    let lastEnd = last.column + last.cells.count
                    runs[runs.count - 1].cells += after[(offset + max(lastEnd, start))..<(offset + end)]
                } else {
                    runs.append(Run(row: y, column: start, cells: Array(after[(offset + start)..<(offset + end)])))
                }
                x = end
            }
        }
        return runs
    }

    /// The number of cells the runs cover, for tests and benchmarks.
    public static func cellCount(of runs: [Run]) -> Int {
        runs.reduce(0) { $0 + $1.cells.count }
    }
}
