import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// Draws the balance and summaries, the invoices, and the opened invoice's one-time line items.
public enum BillingPane {
    /// Balance, summaries, and the upper list's title above the invoices.
    static let headerLines = 3

    /// The line items take half the inner height below the invoices, when there is room.
    static func lineItemsHeight(inner: Rect) -> Int { inner.height >= 12 ? max(5, (inner.height - headerLines) / 2) : 0 }

    /// Rows of data the line-item list shows (below its title and column header).
    public static func lineItemRows(in frame: Rect) -> Int { max(1, lineItemsHeight(inner: frame.inset(by: 1)) - 3) }

    public static func tableRows(in frame: Rect) -> Int {
        let inner = frame.inset(by: 1)
        return max(0, inner.height - headerLines - lineItemsHeight(inner: inner) - 1)
    }

    /// An amount column as wide as its widest amount with its currency code (and its title), so no code is cut.
    static func amountColumn(_ title: String, _ amounts: [String]) -> TableColumn {
        TableColumn(title, width: .fixed(([title] + amounts).map(DisplayWidth.of).max() ?? title.count), alignment: .right)
    }

    static func invoiceColumns(width: Int, rows: [BillingRow]) -> [TableColumn] {
        var columns = [
            TableColumn("Invoice", width: .flexible(min: 12)),
            TableColumn("Date", width: .fixed(10)),
        ]
        if width >= 80 { columns.append(TableColumn("Type", width: .fixed(9))) }
        columns.append(amountColumn("Charges", rows.map(chargesText)))
        columns.append(amountColumn("Paid", rows.map(paidText)))
        return columns
    }

    static func lineItemColumns(width: Int, items: [InvoiceLineRow]) -> [TableColumn] {
        var columns = [
            TableColumn("Customer", width: .flexible(min: 12)),
            TableColumn("Order", width: .fixed(14)),
        ]
        if width >= 90 { columns.append(TableColumn("Product", width: .flexible(min: 12))) }
        columns.append(TableColumn("Qty", width: .fixed(4), alignment: .right))
        columns.append(amountColumn("Total", items.map(totalText)))
        return columns
    }

    public static func render(_ state: some BillingHost, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let billing = state.billing else { return }
        canvas.box(frame, title: " Billing · \(Plural.count(billing.invoices.count, "invoice")) ", isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let rows = billing.rows
        let header = headerText(billing) + [listTitle(billing, glyphs: glyphs)]
        for (offset, line) in header.prefix(min(headerLines, inner.height)).enumerated() {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: inner.y + offset), width: inner.width - 2,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
        let itemsHeight = lineItemsHeight(inner: inner)
        let tableFrame = inner.inset(top: headerLines, bottom: itemsHeight)
        let columns = invoiceColumns(width: tableFrame.width, rows: rows)
        TableView.render(
            columns: columns, rowCount: rows.count, row: { cells(for: rows[$0], columns: columns) },
            state: billing.table, frame: tableFrame, isFocused: !billing.isLineItemsFocused, glyphs: glyphs, emptyText: emptyText(billing),
            into: &canvas)
        guard itemsHeight > 0 else { return }
        let separatorY = tableFrame.maxY
        canvas.boxSeparator(across: frame, at: separatorY, glyphs: glyphs)
        if billing.showsChart {
            let chartFrame = Rect(x: inner.x + 1, y: separatorY + 1, width: inner.width - 2, height: itemsHeight - 1)
            ChargesChart.render(billing, frame: chartFrame, glyphs: glyphs, into: &canvas)
            return
        }
        let title = lineItemsTitle(billing, glyphs: glyphs)
        canvas.writeTruncated(title.text, at: Point(x: inner.x + 1, y: separatorY + 1), width: inner.width - 2,
                              role: title.role ?? .text, ellipsis: glyphs.ellipsis)
        guard let lineItems = billing.lineItems, itemsHeight > 2 else { return }
        let itemsFrame = Rect(x: inner.x, y: separatorY + 2, width: inner.width, height: itemsHeight - 2)
        let shown = lineItems.shown
        let itemColumns = lineItemColumns(width: itemsFrame.width, items: shown)
        TableView.render(
            columns: itemColumns, rowCount: shown.count, row: { cells(for: shown[$0], columns: itemColumns) },
            state: lineItems.table, frame: itemsFrame, isFocused: billing.isLineItemsFocused, glyphs: glyphs,
            emptyText: lineItems.load.isLoading ? "Loading line items…"
                : lineItems.items.isEmpty ? (lineItems.invoiceID == nil ? "No unbilled one-time charges" : "This invoice has no one-time line items")
                : "No line items match", into: &canvas)
    }

    /// The title of a list: marked when it has the keys, so the focus shows without colour.
    static func marked(_ text: String, isFocused: Bool, glyphs: Glyphs) -> String {
        (isFocused ? "\(glyphs.focusMark) " : "  ") + text
    }

    /// `▶ Invoices · this month (unbilled) above` and how the unbilled charges stand.
    static func listTitle(_ billing: BillingState, glyphs: Glyphs) -> StyledText {
        let focused = !billing.isLineItemsFocused
        let currencies = billing.unbilled.filter { !$0.lines.isEmpty }.map(\.currency)
        let unbilled: String
        switch billing.unbilledLoad {
        case .idle: unbilled = ""
        case .loading(let loaded, let total):
            unbilled = " · this month (unbilled): reading\(total.map { " \(loaded)/\($0) currencies" } ?? "")…"
        default:
            let failed = billing.unbilledFailures.isEmpty ? "" : " (\(billing.unbilledFailures.joined(separator: ", ")) unreadable)"
            unbilled = currencies.isEmpty
                ? " · nothing unbilled this month\(failed)" : " · this month (unbilled) in \(currencies.joined(separator: ", "))\(failed)"
        }
        return StyledText(marked("Invoices" + unbilled, isFocused: focused, glyphs: glyphs), role: focused ? .titleFocused : .dim)
    }
    /// Balance, then the summaries per currency.
    static func headerText(_ billing: BillingState) -> [StyledText] {
        let balance: StyledText =
            switch billing.balanceLoad {
            case .loading: StyledText("Balance …", role: .dim)
            case .failed(let message): StyledText("Balance unavailable: \(message)", role: .statusError)
            default:
                billing.balance.map { balance in
                    StyledText("Balance \(MoneyText.format(balance.balanceAmount, currency: balance.currencyCode))"
                        + (balance.lastPaymentAmount.map {
                            " · last payment \(MoneyText.format($0, currency: balance.currencyCode, showsCode: false))"
                        } ?? "")
                        + (balance.lastPaymentDate.map { " on \(UTCDateText.day($0))" } ?? ""), role: .price)
                } ?? StyledText("Balance unknown", role: .dim)
            }
        let summaries: StyledText =
            switch billing.summariesLoad {
            case .loading: StyledText("Summaries …", role: .dim)
            case .failed(let message): StyledText("Summaries unavailable: \(message)", role: .dim)
            default:
                billing.summaries.isEmpty
                    ? StyledText("No invoice summaries", role: .dim)
                    : StyledText("By currency: " + billing.summaries.map {
                        MoneyText.format($0.balanceAmount, currency: $0.currencyCode ?? "?")
                    }.joined(separator: " · "))
            }
        return [balance, summaries]
    }

    static func cells(for row: BillingRow, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch (column.title, row) {
            case ("Invoice", .unbilled): TableCell("This month (unbilled)", role: .statusWarning)
            case ("Invoice", .invoice(let invoice)): TableCell(invoice.id.rawValue)
            case ("Date", .unbilled(let charges)): TableCell(ChargesChart.monthName(charges.month) + " \(ChargesChart.year(charges.month))", role: .dim)
            case ("Date", .invoice(let invoice)): TableCell(invoice.invoiceDate.map(UTCDateText.day) ?? "")
            case ("Type", .unbilled): TableCell("unbilled", role: .dim)
            case ("Type", .invoice(let invoice)): TableCell(invoice.isOneTime ? "one-time" : "recurring", role: .dim)
            case ("Charges", _): TableCell(chargesText(row), role: .price)
            default: TableCell(paidText(row))
            }
        }
    }

    static func chargesText(_ row: BillingRow) -> String {
        switch row {
        case .unbilled(let charges): MoneyText.format(charges.total, currency: charges.currency)
        case .invoice(let invoice): MoneyText.format(invoice.totalCharges, currency: invoice.currencyCode)
        }
    }

    static func paidText(_ row: BillingRow) -> String {
        guard case .invoice(let invoice) = row else { return "" }
        return invoice.paidAmount.map { MoneyText.format($0, currency: invoice.currencyCode) } ?? ""
    }

    static func totalText(_ item: InvoiceLineRow) -> String {
        item.totalForCustomer.map { MoneyText.format($0, currency: item.currency) } ?? ""
    }

    static func cells(for item: InvoiceLineRow, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Customer": TableCell(item.customerName ?? item.customerID ?? "")
            case "Order": TableCell(item.orderID ?? "", role: .dim)
            case "Product": TableCell([item.productName, item.skuName].compactMap { $0 }.joined(separator: " "))
            case "Qty": TableCell(item.quantity.map { "\($0)" } ?? "")
            default: TableCell(totalText(item), role: .price)
            }
        }
    }

    static func emptyText(_ billing: BillingState) -> String {
        switch billing.invoicesLoad {
        case .loading: "Loading invoices…"
        case .failed(let message): "Could not load invoices: \(message)"
        default: "No invoices"
        }
    }

    /// What the line-item area shows: a hint, the progress, or the count and the filter; marked when it has the keys.
    static func lineItemsTitle(_ billing: BillingState, glyphs: Glyphs) -> StyledText {
        guard let lineItems = billing.lineItems else {
            return StyledText("  Enter shows the selected row's one-time line items", role: .dim)
        }
        let name = lineItems.source.text
        let filter = lineItems.isEditingFilter || !lineItems.filter.isEmpty ? " · filter: \(lineItems.filter.text)" : ""
        let count = lineItems.filter.isEmpty ? "\(lineItems.items.count)" : "\(lineItems.shown.count) of \(lineItems.items.count)"
        let focused = billing.isLineItemsFocused
        func title(_ text: String, _ role: StyleRole) -> StyledText {
            StyledText(marked("Line items of \(name): " + text, isFocused: focused, glyphs: glyphs), role: focused && role == .text ? .titleFocused : role)
        }
        switch lineItems.load {
        case .loading: return title("loading… \(lineItems.items.count)\(filter)", .dim)
        case .failed(let message): return title("\(count) before an error: \(message)", .statusError)
        case .cancelled: return title("stopped at \(count)\(filter)", .statusWarning)
        default: return title("\(count)\(filter)", .text)
        }
    }
}
