import ScreenKit
import ReservationsCore
import TerminalUI

/// Draws the customers list: name, country, whether reservations are sold there, and the domain.
public enum CustomersPane {
    static func columns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Customer", width: .flexible(min: 14)),
            TableColumn("Country", width: .fixed(7)),
            TableColumn("Market", width: .fixed(8)),
        ]
        if width >= 70 { columns.append(TableColumn("Domain", width: .flexible(min: 12))) }
        return columns
    }

    public static func render(_ state: some CustomersHost, frame: Rect, isFocused: Bool, glyphs: Glyphs, into canvas: inout some Canvas) {
        let customers = state.customers
        let title = " Customers (\(customers.matches.count)\(customers.filter.isEmpty ? "" : "/\(customers.rows.count)")) "
        canvas.fill(frame, role: .text)
        canvas.box(frame, title: title, isFocused: isFocused, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let columns = columns(width: inner.width)
        TableView.render(
            columns: columns, rowCount: customers.matches.count,
            row: { position in row(customers.match(at: position), customers: customers, columns: columns.count) },
            state: customers.table, frame: inner, isFocused: isFocused, glyphs: glyphs,
            emptyText: emptyText(customers), into: &canvas)
        renderFilter(customers, frame: frame, isFocused: isFocused, into: &canvas)
    }

    static func row(_ row: CustomerRow, customers: CustomersState, columns: Int) -> [TableCell] {
        let country = customers.country(of: row.id)
        let market: TableCell
        let countryCell: TableCell
        if let country {
            countryCell = TableCell(country)
            market = ReservationMarkets.sellsReservations(in: country)
                ? TableCell("RI ok") : TableCell("no RI", role: .badgeMarket)
        } else if customers.detailErrors[row.id] != nil {
            countryCell = TableCell("?", role: .statusError)
            market = TableCell("?", role: .statusError)
        } else {
            countryCell = TableCell("…", role: .dim)
            market = TableCell("", role: .dim)
        }
        var cells = [TableCell(row.name), countryCell, market]
        if columns > 3 { cells.append(TableCell(row.domain, role: .dim)) }
        return cells
    }

    static func emptyText(_ customers: CustomersState) -> String {
        switch customers.load {
        case .loading: return "Loading customers…"
        case .failed(let message): return "Could not load customers: \(message)"
        default: return customers.filter.isEmpty ? "No customers" : "No customer matches \"\(customers.filter.text)\""
        }
    }

    /// The filter sits in the bottom border, as in lazygit: `╰/cont▏──────╯`.
    static func renderFilter(_ customers: CustomersState, frame: Rect, isFocused: Bool, into canvas: inout some Canvas) {
        guard customers.isEditingFilter || !customers.filter.isEmpty, frame.width > 8, frame.height >= 3 else { return }
        let line = Rect(x: frame.x + 1, y: frame.maxY - 1, width: min(frame.width - 2, max(12, DisplayWidth.of(customers.filter.text) + 3)), height: 1)
        customers.filter.render(prompt: "/", frame: line, isFocused: isFocused && customers.isEditingFilter, role: .filter, into: &canvas)
    }
}
