import Foundation
import PartnerCenter
import TerminalUI

/// Draws the balance and summaries, the invoices, and the opened invoice's one-time line items.
enum BillingPane {
    /// Two lines of balance and summaries above the invoices.
    static let headerLines = 2

    /// The line items take half the inner height below the invoices, when there is room.
    static func lineItemsHeight(inner: Rect) -> Int { inner.height >= 12 ? max(5, (inner.height - headerLines) / 2) : 0 }

    /// Rows of data the line-item list shows (below its title and column header).
    static func lineItemRows(in frame: Rect) -> Int { max(1, lineItemsHeight(inner: frame.inset(by: 1)) - 3) }

    static func tableRows(in frame: Rect) -> Int {
        let inner = frame.inset(by: 1)
        return max(0, inner.height - headerLines - lineItemsHeight(inner: inner) - 1)
    }

    static func invoiceColumns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Invoice", width: .flexible(min: 12)),
            TableColumn("Date", width: .fixed(10)),
        ]
        if width >= 80 { columns.append(TableColumn("Type", width: .fixed(9))) }
        columns.append(TableColumn("Charges", width: .fixed(16), alignment: .right))
        columns.append(TableColumn("Paid", width: .fixed(16), alignment: .right))
        return columns
    }

    static func lineItemColumns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Customer", width: .flexible(min: 12)),
            TableColumn("Order", width: .fixed(14)),
        ]
        if width >= 90 { columns.append(TableColumn("Product", width: .flexible(min: 12))) }
        columns.append(TableColumn("Qty", width: .fixed(4), alignment: .right))
        columns.append(TableColumn("Total", width: .fixed(14), alignment: .right))
        return columns
    }

    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let billing = state.billing else { return }
        canvas.box(frame, title: " Billing · \(billing.invoices.count) invoices ", isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        for (offset, line) in headerText(billing).prefix(min(headerLines, inner.height)).enumerated() {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: inner.y + offset), width: inner.width - 2,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
        let itemsHeight = lineItemsHeight(inner: inner)
        let tableFrame = inner.inset(top: headerLines, bottom: itemsHeight)
        let columns = invoiceColumns(width: tableFrame.width)
        TableView.render(
            columns: columns, rowCount: billing.invoices.count, row: { cells(for: billing.invoices[$0], columns: columns) },
            state: billing.table, frame: tableFrame, isFocused: !billing.isLineItemsFocused, glyphs: glyphs, emptyText: emptyText(billing),
            into: &canvas)
        guard itemsHeight > 0 else { return }
        let separatorY = tableFrame.maxY
        canvas.put(Cell(character: glyphs.teeRight, role: .borderFocused), at: Point(x: frame.x, y: separatorY))
        canvas.horizontalLine(at: Point(x: frame.x + 1, y: separatorY), length: frame.width - 2, role: .borderFocused, glyphs: glyphs)
        canvas.put(Cell(character: glyphs.teeLeft, role: .borderFocused), at: Point(x: frame.maxX - 1, y: separatorY))
        if billing.showsChart {
            let chartFrame = Rect(x: inner.x + 1, y: separatorY + 1, width: inner.width - 2, height: itemsHeight - 1)
            ChargesChart.render(billing, frame: chartFrame, glyphs: glyphs, into: &canvas)
            return
        }
        let title = lineItemsTitle(billing)
        canvas.writeTruncated(title.text, at: Point(x: inner.x + 1, y: separatorY + 1), width: inner.width - 2,
                              role: title.role ?? .text, ellipsis: glyphs.ellipsis)
        guard let lineItems = billing.lineItems, itemsHeight > 2 else { return }
        let itemsFrame = Rect(x: inner.x, y: separatorY + 2, width: inner.width, height: itemsHeight - 2)
        let shown = lineItems.shown
        let itemColumns = lineItemColumns(width: itemsFrame.width)
        TableView.render(
            columns: itemColumns, rowCount: shown.count, row: { cells(for: shown[$0], columns: itemColumns) },
            state: lineItems.table, frame: itemsFrame, isFocused: billing.isLineItemsFocused, glyphs: glyphs,
            emptyText: lineItems.load.isLoading ? "Loading line items…"
                : lineItems.items.isEmpty ? "This invoice has no one-time line items" : "No line items match", into: &canvas)
    }

    /// Balance, then the summaries per currency.
    static func headerText(_ billing: BillingState) -> [StyledText] {
        let balance: StyledText =
            switch billing.balanceLoad {
            case .loading: StyledText("Balance …", role: .dim)
            case .failed(let message): StyledText("Balance unavailable: \(message)", role: .statusError)
            default:
                billing.balance.map {
                    StyledText("Balance \(MoneyText.format($0.balanceAmount, currency: $0.currencyCode))"
                        + ($0.lastPaymentAmount.map { amount in " · last payment \(MoneyText.format(amount, currency: nil))" } ?? "")
                        + ($0.lastPaymentDate.map { " on \(ReservationsPane.dayText($0))" } ?? ""), role: .price)
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

    static func cells(for invoice: Invoice, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Invoice": TableCell(invoice.id.rawValue)
            case "Date": TableCell(invoice.invoiceDate.map(ReservationsPane.dayText) ?? "")
            case "Type": TableCell(invoice.isOneTime ? "one-time" : "recurring", role: .dim)
            case "Charges": TableCell(MoneyText.format(invoice.totalCharges, currency: invoice.currencyCode), role: .price)
            default: TableCell(invoice.paidAmount.map { MoneyText.format($0, currency: invoice.currencyCode) } ?? "")
            }
        }
    }

    static func cells(for item: InvoiceLineItem, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Customer": TableCell(item.customerName ?? item.customerId ?? "")
            case "Order": TableCell(item.orderId ?? "", role: .dim)
            case "Product": TableCell([item.productName, item.skuName].compactMap { $0 }.joined(separator: " "))
            case "Qty": TableCell(item.quantity.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "")
            default: TableCell(item.totalForCustomer.map { MoneyText.format($0, currency: item.currency) } ?? "", role: .price)
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

    /// What the line-item area shows: a hint, the progress, or the count and the filter.
    static func lineItemsTitle(_ billing: BillingState) -> StyledText {
        guard let lineItems = billing.lineItems else {
            return StyledText("Enter shows the selected invoice's one-time line items", role: .dim)
        }
        let id = lineItems.invoiceID.rawValue
        let filter = lineItems.isEditingFilter || !lineItems.filter.isEmpty ? " · filter: \(lineItems.filter.text)" : ""
        let count = lineItems.filter.isEmpty ? "\(lineItems.items.count)" : "\(lineItems.shown.count) of \(lineItems.items.count)"
        switch lineItems.load {
        case .loading: return StyledText("Line items of \(id): loading… \(lineItems.items.count)\(filter)", role: .dim)
        case .failed(let message): return StyledText("Line items of \(id): \(count) before an error: \(message)", role: .statusError)
        case .cancelled: return StyledText("Line items of \(id): stopped at \(count)\(filter)", role: .statusWarning)
        default: return StyledText("Line items of \(id): \(count)\(filter)")
        }
    }
}
