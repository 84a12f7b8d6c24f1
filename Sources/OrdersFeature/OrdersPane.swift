import Foundation
import ReservationsCore
import Vocabulary
import TerminalUI
import ScreenKit

/// Draws a customer's orders (newest first) and, below, the selected order's line items with provisioning.
public enum OrdersPane {
    /// The detail takes two fifths of the inner height, at least four lines, when there is room.
    public static func detailHeight(inner: Rect) -> Int { inner.height >= 12 ? max(5, inner.height * 2 / 5) : 0 }

    public static func tableRows(in frame: Rect) -> Int {
        let inner = frame.inset(by: 1)
        return max(0, inner.height - detailHeight(inner: inner) - 1)
    }

    static func columns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Order", width: .flexible(min: 12)),
            TableColumn("Created", width: .fixed(16)),
            TableColumn("Status", width: .fixed(10)),
        ]
        if width >= 80 { columns.append(TableColumn("Billing", width: .fixed(8))) }
        columns.append(TableColumn("Lines", width: .fixed(5), alignment: .right))
        columns.append(TableColumn("Total", width: .fixed(14), alignment: .right))
        return columns
    }

    public static func render(_ state: some OrdersHost, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let orders = state.orders else { return }
        let which = orders.oneTimeOnly ? "one-time" : "all"
        canvas.box(frame, title: " Orders (\(orders.items.count)) · \(orders.customerName) · \(which) ", isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let detailLines = detailHeight(inner: inner)
        let tableFrame = inner.inset(bottom: detailLines)
        let columns = columns(width: tableFrame.width)
        TableView.render(
            columns: columns, rowCount: orders.items.count,
            row: {
                cells(for: orders.items[$0], isNew: orders.justPlaced.contains(orders.items[$0].id), unlistedSince: orders.unlisted[orders.items[$0].id],
                      columns: columns)
            },
            state: orders.table, frame: tableFrame, isFocused: true, glyphs: glyphs, emptyText: emptyText(orders), into: &canvas)
        guard detailLines > 0 else { return }
        let separatorY = tableFrame.maxY
        canvas.boxSeparator(across: frame, at: separatorY, glyphs: glyphs)
        for (offset, line) in detailText(orders, subscriptionNames: state.subscriptionNames(of: orders.customerID))
            .prefix(detailLines - 1).enumerated()
        {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: separatorY + 1 + offset), width: inner.width - 2,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
    }

    static func cells(for order: OrderRow, isNew: Bool, unlistedSince: Date? = nil, columns: [TableColumn]) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Order" where unlistedSince != nil:
                TableCell(order.id.rawValue + (isNew ? " new" : "") + " · " + unlistedText(unlistedSince!), role: .statusWarning)
            case "Order": TableCell(order.id.rawValue + (isNew ? " new" : ""), role: isNew ? .statusSuccess : nil)
            case "Created": TableCell(order.creationDate.map(UTCDateText.minute) ?? "")
            case "Status": TableCell(order.statusText, role: order.isCompleted ? nil : .statusWarning)
            case "Billing": TableCell(order.billingCycleText ?? "", role: .dim)
            case "Lines": TableCell(String(order.lineCount))
            default: TableCell(order.totalPrice.map { MoneyText.format($0, currency: order.currencyCode) } ?? "", role: .price)
            }
        }
    }

    /// `placed 14:02 · not yet listed by Partner Center` (UTC).
    public static func unlistedText(_ placedAt: Date) -> String {
        "placed \(String(UTCDateText.minute(placedAt).suffix(5))) · not yet listed by Partner Center"
    }

    static func emptyText(_ orders: OrdersState) -> String {
        switch orders.load {
        case .loading: "Loading orders…"
        case .failed(let message): "Could not load orders: \(message)"
        default: orders.oneTimeOnly ? "No one-time orders (t shows all)" : "This customer has no orders"
        }
    }

    /// The selected order's line items, each with the subscription it was bought on and its provisioning status.
    static func detailText(_ orders: OrdersState, subscriptionNames: [String: String] = [:]) -> [StyledText] {
        guard let order = orders.selected else { return [] }
        if let found = orders.invoiceLines, found.orderID == order.id { return invoiceLinesText(found) }
        guard let detail = orders.detail, detail.orderID == order.id else {
            let hint = StyledText("Enter shows the line items and their provisioning status", role: .dim)
            guard let placedAt = orders.unlisted[order.id] else { return [hint] }
            return [StyledText(unlistedText(placedAt) + " (read by ID; it lists new orders up to 15 minutes late)", role: .statusWarning), hint]
        }
        let orderLines = order.lines
        var lines = [StyledText("Order \(order.id.rawValue) · \(Plural.count(orderLines.count, "line item")) · \(order.statusText)")]
        if let placedAt = orders.unlisted[order.id] {
            lines.append(StyledText(unlistedText(placedAt) + " (read by ID; it lists new orders up to 15 minutes late)", role: .statusWarning))
        }
        for item in orderLines {
            let provisioning: StyledText =
                switch detail.load {
                case .loading: StyledText("provisioning …", role: .dim)
                case .failed(let message): StyledText("provisioning unknown: \(message)", role: .statusError)
                default:
                    detail.provisioning.first { $0.lineItemNumber == item.lineItemNumber }
                        .map { StyledText("provisioning \($0.statusText)", role: $0.isFulfilled ? .statusSuccess : .statusWarning) }
                        ?? StyledText("provisioning not reported", role: .dim)
                }
            let term = item.termDuration.map { " \($0)" } ?? ""
            let scope = item.scope.map { " \($0)" } ?? ""
            let subscription = item.subscriptionID.map { " · on \(subscriptionNames[$0] ?? $0)" } ?? ""
            lines.append(StyledText("#\(item.lineItemNumber) \(item.quantity) × \(item.name)\(term)\(scope)\(subscription) · \(provisioning.text)",
                                    role: provisioning.role))
        }
        return lines
    }

    /// The order's one-time invoice lines: progress, then each line with its invoice, or plainly none.
    static func invoiceLinesText(_ found: OrderInvoiceLines) -> [StyledText] {
        let id = found.orderID.rawValue
        let read = "\(found.searched) of \(found.total.map(String.init) ?? "?") invoices read"
        var lines: [StyledText]
        switch found.load {
        case .loading: lines = [StyledText("Invoice lines of \(id): \(found.items.count) so far, \(read) (Esc stops)", role: .dim)]
        case .cancelled: lines = [StyledText("Invoice lines of \(id): stopped, \(read); \(found.items.count) found so far", role: .statusWarning)]
        case .failed(let message): lines = [StyledText("Invoice lines of \(id): \(read) before an error: \(message)", role: .statusError)]
        default:
            lines = found.items.isEmpty
                ? [StyledText("No one-time invoice line mentions order \(id) (\(read))", role: .statusWarning)]
                : [StyledText("Invoice lines of \(id): \(found.items.count) in \(read)")]
        }
        for item in found.items {
            let total = item.totalForCustomer.map { MoneyText.format($0, currency: item.currency) } ?? ""
            let name = [item.productName, item.skuName].compactMap { $0 }.joined(separator: " ")
            // An unbilled charge has an empty invoice number until its month closes.
            let invoice = item.invoiceNumber.map { $0.isEmpty ? "unbilled" : $0 } ?? "?"
            lines.append(StyledText("\(invoice) · \(item.chargeType ?? "") · \(name) · \(total)"))
        }
        return lines
    }
}
