import ScreenKit
import Foundation
import ReservationsCore
import TerminalUI

/// The next 90 days as one axis: a column per few days whose height counts the reservations expiring then,
/// ticks at 30, 60 and 90 days, and a pointer under the selected reservation. Days beyond the window are dim.
public enum ExpiryTimeline {
    /// How many reservations expire in each column's days (`width` columns over 90 days).
    public static func counts(days: [Int], width: Int) -> [Int] {
        guard width > 0 else { return [] }
        var counts = Array(repeating: 0, count: width)
        for day in days where (0...ExpiryBoardLoader.windowDays).contains(day) { counts[column(day: day, width: width)] += 1 }
        return counts
    }

    /// The column of a day: day 0 on the left, day 90 on the right.
    public static func column(day: Int, width: Int) -> Int {
        min(width - 1, max(0, day * (width - 1) / ExpiryBoardLoader.windowDays))
    }

    static func render(_ board: ExpiryBoardState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        let width = frame.width
        guard width >= 20, frame.height >= 3 else { return }
        let days = board.entries.compactMap(board.daysLeft)
        let counts = counts(days: days, width: width)
        let largest = max(1, counts.max() ?? 1)
        let windowEdge = column(day: board.windowDays, width: width)
        for (x, count) in counts.enumerated() where count > 0 {
            let role: StyleRole = x <= windowEdge ? .statusWarning : .dim
            canvas.put(Cell(character: glyphs.level(fraction: Double(count) / Double(largest)), role: role),
                       at: Point(x: frame.x + x, y: frame.y))
        }
        canvas.horizontalLine(at: Point(x: frame.x, y: frame.y + 1), length: width, role: .dim, glyphs: glyphs)
        for day in [0, 30, 60, 90] {
            let role: StyleRole = day <= board.windowDays ? .text : .dim
            canvas.put(Cell(character: glyphs.axisTick, role: role), at: Point(x: frame.x + column(day: day, width: width), y: frame.y + 1))
        }
        if let selected = board.selected, let day = board.daysLeft(selected) {
            canvas.put(Cell(character: glyphs.pointerUp, role: .selection),
                       at: Point(x: frame.x + column(day: day, width: width), y: frame.y + 1))
        }
        let labels = [(0, "today"), (30, "30d"), (60, "60d"), (90, "90d")]
        for (day, label) in labels {
            let x = min(width - label.count, max(0, column(day: day, width: width) - (day == 0 ? 0 : label.count / 2)))
            canvas.write(label, at: Point(x: frame.x + x, y: frame.y + 2), role: day <= board.windowDays ? .text : .dim)
        }
    }
}
