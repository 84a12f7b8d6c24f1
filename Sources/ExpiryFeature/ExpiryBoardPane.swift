import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ReservationsFeature

/// Draws the expiry board: a summary line, a 90-day timeline, and the reservations within the window.
public enum ExpiryBoardPane {
    /// Summary, the timeline's bars, axis and labels, then a separator.
    static let headerLines = 5

    public static func tableRows(in frame: Rect) -> Int { max(0, frame.inset(by: 1).height - headerLines - 1) }

    static func columns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Expires", width: .fixed(10)),
            TableColumn("Days", width: .fixed(4), alignment: .right),
            TableColumn("Customer", width: .flexible(min: 12)),
            TableColumn("Reservation", width: .flexible(min: 12)),
        ]
        if width >= 100 { columns.append(TableColumn("Order", width: .flexible(min: 14))) }
        columns.append(TableColumn("Qty", width: .fixed(4), alignment: .right))
        return columns
    }

    public static func render(_ state: some ExpiryHost, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let board = state.expiryBoard else { return }
        let partial = board.isPartial ? " · partial" : ""
        canvas.box(frame, title: " Expiring reservations · next \(board.windowDays) days · all customers\(partial) ",
                   isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        guard inner.height > headerLines, inner.width > 10 else { return }
        let summary = summaryText(board)
        canvas.writeTruncated(summary.text, at: Point(x: inner.x + 1, y: inner.y), width: inner.width - 2,
                              role: summary.role ?? .text, ellipsis: glyphs.ellipsis)
        let timeline = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: 3)
        ExpiryTimeline.render(board, frame: timeline, glyphs: glyphs, into: &canvas)
        let separatorY = inner.y + headerLines - 1
        canvas.boxSeparator(across: frame, at: separatorY, glyphs: glyphs)
        let tableFrame = inner.inset(top: headerLines)
        let columns = columns(width: tableFrame.width)
        let shown = board.shown
        TableView.render(
            columns: columns, rowCount: shown.count, row: {
                cells(for: shown[$0], names: state.skuNames, isMarked: board.marked.contains(shown[$0].reservation.renewalKey),
                      daysLeft: board.daysLeft(shown[$0]), columns: columns)
            },
            state: board.table, frame: tableFrame, isFocused: true, glyphs: glyphs, emptyText: emptyText(board), into: &canvas)
    }

    static func cells(
        for entry: ExpiringReservation, names: [String: String], isMarked: Bool = false, daysLeft: Int?, columns: [TableColumn]
    ) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Expires": TableCell(UTCDateText.day(entry.expiryDate))
            case "Days": TableCell(daysLeft.map(String.init) ?? "", role: ReservationsPane.role(daysLeft: daysLeft))
            case "Customer": TableCell(entry.customerName)
            case "Reservation": TableCell(RenewalMark.text(ReservationsPane.name(of: entry.reservation, names: names), isMarked: isMarked))
            case "Order": TableCell(entry.reservation.orderID?.rawValue ?? "", role: .dim)
            default: TableCell(String(entry.reservation.quantity))
            }
        }
    }

    /// How far the load got, and what the window holds.
    static func summaryText(_ board: ExpiryBoardState) -> StyledText {
        let customers = Set(board.shown.map(\.customerID)).count
        let beyond = board.entries.count - board.shown.count
        let beyondText = beyond > 0 ? " · \(beyond) more within 90" : ""
        let found = "\(board.shown.count) expire within \(board.windowDays) days (\(customers) customers)\(beyondText)"
        let progress = "\(board.customersDone)/\(board.customersTotal.map(String.init) ?? "?") customers"
        let failed = board.failures.isEmpty ? "" : " · \(board.failures.count) could not be read"
        switch board.load {
        case .loading:
            return StyledText("Reading \(progress) (Esc stops) · \(found)", role: .dim)
        case .cancelled:
            return StyledText("Partial: stopped at \(progress)\(failed); r reads all again · \(found)", role: .statusWarning)
        case .failed(let message):
            return StyledText("Could not list the customers: \(message)", role: .statusError)
        default:
            return board.failures.isEmpty
                ? StyledText("\(found) · \(progress) read")
                : StyledText("Partial: \(progress) read\(failed) · \(found)", role: .statusWarning)
        }
    }

    static func emptyText(_ board: ExpiryBoardState) -> String {
        switch board.load {
        case .loading: "Reading the customers' reservations…"
        case .failed: "Nothing to show: the customer list could not be read"
        default: "No reservation expires within \(board.windowDays) days"
        }
    }
}
