import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// The customers pane: every loaded customer, the live filter, and the selection within the matches.
public struct CustomersState: Equatable, Sendable {
    public private(set) var rows: [CustomerRow] = []
    /// Indices into `rows` that match the filter, in list order.
    public private(set) var matches: [Int] = []
    public var filter = TextField()
    public var isEditingFilter = false
    public var table = TableState()
    public var load: LoadState = .idle
    /// Countries learnt from customer details, by customer.
    public var countries: [CustomerID: String] = [:]
    /// Customers whose details are being fetched, so they are not requested twice.
    public var detailsRequested: Set<CustomerID> = []
    /// Detail failures (e.g. a 404) by customer, shown on the row instead of a country.
    public var detailErrors: [CustomerID: String] = [:]

    public init() {}

    /// The customer under the cursor, if any.
    public var selectedCustomer: CustomerRow? {
        guard matches.indices.contains(table.selectedIndex) else { return nil }
        return rows[matches[table.selectedIndex]]
    }

    /// The row at a position among the matches.
    public func match(at position: Int) -> CustomerRow { rows[matches[position]] }

    /// The country of a customer once known.
    public func country(of id: CustomerID) -> String? { countries[id] }

    /// Adds a page of customers, keeping the selection on the same customer.
    public mutating func append(_ customers: [CustomerRow]) {
        let start = rows.count
        rows.append(contentsOf: customers)
        let needle = Array(filter.text.lowercased().utf8)
        for index in start..<rows.count where rows[index].contains(needle) {
            matches.append(index)
        }
        table.clamp(count: matches.count)
    }

    /// Drops everything loaded (before a refresh).
    public mutating func removeAll() {
        rows = []
        matches = []
        table = TableState()
    }

    /// Recomputes the matches after the filter changed, keeping the selected customer selected when it still matches.
    public mutating func applyFilter() {
        // Rows are only appended (or all dropped), so a row's index names the same customer across filters.
        let selectedRow: Int? = matches.indices.contains(table.selectedIndex) ? matches[table.selectedIndex] : nil
        let query = filter.text.lowercased()
        let needle = Array(query.utf8)
        matches = query.isEmpty ? Array(rows.indices) : rows.indices.filter { rows[$0].contains(needle) }
        if let selectedRow, let position = matches.firstIndex(where: { $0 == selectedRow }) {
            table.select(position, count: matches.count)
        } else {
            table = TableState()
        }
    }
}

extension CustomersState: FilteredList {}
