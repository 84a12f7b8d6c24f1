import ScreenKit
import Foundation
import ReservationsCore
import Vocabulary
import TerminalUI
import OrdersFeature

/// Draws a customer's reservations (soonest expiry first) and, below, the details behind the selected one.
public enum ReservationsPane {
    public static func tableRows(in frame: Rect) -> Int {
        let inner = frame.inset(by: 1)
        return max(0, inner.height - OrdersPane.detailHeight(inner: inner) - 1)
    }

    public static func columns(width: Int) -> [TableColumn] {
        // What was bought comes first and gets the room; the order ID (also in the details line) takes what is left.
        var columns = [
            TableColumn("Reservation", width: .flexible(min: 26)),
            TableColumn("Order", width: .flexible(min: 10)),
        ]
        if width >= 90 { columns.append(TableColumn("Type", width: .fixed(16))) }
        columns.append(TableColumn("Qty", width: .fixed(4), alignment: .right))
        columns.append(TableColumn("Expires", width: .fixed(10)))
        columns.append(TableColumn("Days", width: .fixed(5), alignment: .right))
        return columns
    }

    public static func render(_ state: some ReservationsHost, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let reservations = state.reservations else { return }
        let soon = reservations.items.filter { (reservations.daysLeft($0) ?? Int.max) <= ReservationsState.warningDays }.count
        let soonText = soon > 0 ? " · \(soon) within \(ReservationsState.warningDays) days" : ""
        let unlistedText = reservations.unlisted.isEmpty ? "" : " · \(reservations.unlisted.count) not yet listed"
        canvas.box(frame, title: " Reservations (\(reservations.items.count)) · \(reservations.customerName)\(soonText)\(unlistedText) ",
                   isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let detailLines = OrdersPane.detailHeight(inner: inner)
        let tableFrame = inner.inset(bottom: detailLines)
        let columns = columns(width: tableFrame.width)
        TableView.render(
            columns: columns, rowCount: reservations.rowCount,
            row: { index in
                if reservations.unlisted.indices.contains(index) { return cells(for: reservations.unlisted[index], columns: columns) }
                let reservation = reservations.items[index - reservations.unlisted.count]
                let name = RenewalMark.text(
                    name(of: reservation, names: state.skuNames), isMarked: reservations.marked.contains(reservation.renewalKey))
                return cells(for: reservation, name: name, daysLeft: reservations.daysLeft(reservation), columns: columns)
            },
            state: reservations.table, frame: tableFrame, isFocused: true, glyphs: glyphs, emptyText: emptyText(reservations),
            into: &canvas)
        markUnlisted(reservations, columns: columns, frame: tableFrame, glyphs: glyphs, into: &canvas)
        guard detailLines > 0 else { return }
        let separatorY = tableFrame.maxY
        canvas.boxSeparator(across: frame, at: separatorY, glyphs: glyphs)
        for (offset, line) in detailText(reservations).prefix(detailLines - 1).enumerated() {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: separatorY + 1 + offset), width: inner.width - 2,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
    }

    public static func cells(for reservation: ReservationRow, name: String, daysLeft: Int?, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Reservation": TableCell(name)
            case "Order": TableCell(reservation.orderID?.rawValue ?? "", role: .dim)
            case "Type": TableCell(reservation.typeText, role: .dim)
            case "Qty": TableCell(String(reservation.quantity))
            case "Expires": TableCell(reservation.expiryDate.map(UTCDateText.day) ?? "")
            default: TableCell(daysLeft.map(String.init) ?? "", role: role(daysLeft: daysLeft))
            }
        }
    }

    /// A reservation bought here that Partner Center does not list yet: quantity and name in the first column;
    /// ``markUnlisted`` writes the mark, term and scope over the rest of the row.
    public static func cells(for row: UnlistedReservation, columns: [TableColumn]) -> [TableCell] {
        columns.map { $0.title == "Reservation" ? TableCell("\(row.quantity) × \(row.name)") : TableCell("") }
    }

    /// `placed 14:02 · not yet listed by Partner Center · P1Y · shared`: the mark first, so a narrow row cuts the
    /// term and scope (the details line has them) rather than the mark.
    public static func markText(_ row: UnlistedReservation) -> String {
        ([OrdersPane.unlistedText(row.placedAt)] + [row.termDuration, row.scope].compactMap { $0 }).joined(separator: " · ")
    }

    /// Writes ``markText(_:)`` from the Order column to the end of each unlisted row on screen. The mark is longer
    /// than the Order column, and these rows have no order type, quantity column, expiry or days left yet, so it
    /// runs over those columns rather than being cut.
    public static func markUnlisted(
        _ reservations: ReservationsState, columns: [TableColumn], frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas
    ) {
        guard !reservations.unlisted.isEmpty, let first = columns.indices.first else { return }
        let (area, slots) = TableView.contentLayout(columns, rowCount: reservations.rowCount, frame: frame)
        let visibleRows = TableView.visibleRowCount(in: frame)
        let drawn = reservations.table.normalized(visibleRows: visibleRows, count: reservations.rowCount)
        for (line, index) in drawn.visibleRange(visibleRows: visibleRows, count: reservations.rowCount).enumerated()
        where reservations.unlisted.indices.contains(index) {
            // Two cells after the name, but never so far right that the mark itself ("placed 14:02 · not yet listed
            // by Partner Center") is cut: at narrow widths it covers the end of the name instead.
            let row = reservations.unlisted[index]
            let afterName = min(slots[first].width, DisplayWidth.of("\(row.quantity) × \(row.name)")) + 2
            let markWidth = DisplayWidth.of(OrdersPane.unlistedText(row.placedAt)) + 1
            let x = area.x + slots[first].offset + max(0, min(afterName, area.width - slots[first].offset - markWidth))
            guard area.maxX > x else { continue }
            canvas.writeTruncated(markText(row), at: Point(x: x, y: frame.y + 1 + line),
                                  width: area.maxX - x, role: .statusWarning, ellipsis: glyphs.ellipsis)
        }
    }

    /// Expired is an error, within the warning window a warning.
    public static func role(daysLeft: Int?) -> StyleRole? {
        guard let daysLeft else { return nil }
        if daysLeft < 0 { return .statusError }
        return daysLeft <= ReservationsState.warningDays ? .statusWarning : nil
    }

    /// The product and SKU, as the entitlement names them.
    /// What was bought (`Standard_D2s_v5 · US East`) once named, else its IDs.
    public static func name(of reservation: ReservationRow, names: [String: String]) -> String {
        let id = idText(reservation.productID, reservation.skuID)
        return names[id] ?? id
    }

    /// `DZH318Z0LLRP:002M`: the key of `ReservationsHost.skuNames`, and what the details line shows beside the name.
    public static func idText(_ productID: String, _ skuID: String?) -> String {
        skuID.map { "\(productID):\($0)" } ?? productID
    }

    /// `2026-11-25` in UTC.
    public static func emptyText(_ reservations: ReservationsState) -> String {
        switch reservations.load {
        case .loading: "Loading reservations…"
        case .failed(let message): "Could not load reservations: \(message)"
        default: "This customer has no reservations"
        }
    }

    /// The details behind the selected entitlement, once Enter loaded them.
    public static func detailText(_ reservations: ReservationsState) -> [StyledText] {
        if let row = reservations.selectedUnlisted { return unlistedDetailText(row) }
        guard let reservation = reservations.selected else { return [] }
        let orderID = reservation.reservationOrderID ?? "unknown"
        // The table names what was bought; the IDs are here, for support cases and the catalog.
        let heading = "Reservation order \(orderID) · \(idText(reservation.productID, reservation.skuID))"
        guard let detail = reservations.detail, detail.link == reservation.detailsLink else {
            return [
                StyledText(heading),
                StyledText("Enter loads the reservation details (scope, quantity, term, expiry)", role: .dim),
            ]
        }
        switch detail.load {
        case .loading: return [StyledText(heading), StyledText("Loading reservation details…", role: .dim)]
        case .failed(let message):
            return [StyledText(heading),
                    StyledText("Could not load the reservation details: \(message)", role: .statusError)]
        default: break
        }
        let found = detail.details?.reservations ?? []
        var lines = [StyledText("\(heading) · \(Plural.count(found.count, "reservation"))\(detail.details?.type.map { " · \($0)" } ?? "")")]
        if found.isEmpty { lines.append(StyledText("The service lists no reservations behind this entitlement", role: .dim)) }
        for reservation in found {
            let scope = reservation.scopeType ?? "unknown scope"
            let applied = reservation.appliedScopes.map { " (\($0.joined(separator: ", ")))" } ?? ""
            lines.append(StyledText("\(reservation.name) · \(reservation.quantity) × · \(scope)\(applied)"))
            lines.append(StyledText(
                "  term \(termText(reservation)) · expires \(reservation.expiryDate.map(UTCDateText.day) ?? "unknown")"
                    + " · \(reservation.provisioningState ?? "")", role: .dim))
            lines.append(StyledText("  id \(reservation.reservationID)", role: .dim))
        }
        return lines
    }

    /// The order line behind an unlisted row, and why it has no details yet.
    public static func unlistedDetailText(_ row: UnlistedReservation) -> [StyledText] {
        let term = row.termDuration.map { " · term \($0)" } ?? ""
        let scope = row.scope.map { " · scope \($0)" } ?? ""
        return [
            StyledText("Order \(row.orderID.rawValue) · line #\(row.lineItemNumber) · \(row.quantity) × \(row.name)\(term)\(scope)"),
            StyledText(OrdersPane.unlistedText(row.placedAt) + " (it lists new purchases up to 15 minutes late)", role: .statusWarning),
            StyledText("Read by ID from the order; expiry and reservation details follow once Partner Center lists it", role: .dim),
        ]
    }

    /// `2025-11-25 → 2026-11-25 (1 year)`, from the effective and expiry dates.
    public static func termText(_ reservation: ReservationDetailsRow.Reservation) -> String {
        guard let start = reservation.effectiveDate else { return "unknown" }
        let from = UTCDateText.day(start)
        guard let end = reservation.expiryDate else { return "from \(from)" }
        let years = (end.timeIntervalSince(start) / (365.25 * 86_400)).rounded()
        let length = years >= 1 ? " (\(Int(years)) year\(years == 1 ? "" : "s"))" : ""
        return "\(from) → \(UTCDateText.day(end))\(length)"
    }
}
