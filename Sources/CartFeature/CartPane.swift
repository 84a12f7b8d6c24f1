import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// Draws the cart draft: one row per line with its price, and under it the selected line and the totals.
public enum CartPane {
    /// Lines under the table: separator, the selected line, its problem, the totals.
    static let detailHeight = 4

    public static func tableRows(in frame: Rect) -> Int { max(0, frame.height - 2 - detailHeight - 1) }

    static func columns(width: Int) -> [TableColumn] {
        // Everything here decides the purchase, the subscription included, so nothing is dropped at 80 columns:
        // the line number goes (the details line names it) and the sizes are what the values need.
        var columns: [TableColumn] = width >= 96 ? [TableColumn("#", width: .fixed(2), alignment: .right)] : []
        columns += [
            TableColumn("Size", width: .flexible(min: 15)),
            TableColumn("Region", width: .flexible(min: 8)),
            TableColumn("Term", width: .fixed(4)),
            TableColumn("Qty", width: .fixed(3), alignment: .right),
            TableColumn("Scope", width: .fixed(6)),
            TableColumn("Subscription", width: .flexible(min: 10)),
            TableColumn("Total", width: .fixed(13), alignment: .right),
        ]
        return columns
    }

    public static func render(_ state: some CartHost, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        let cart = state.cart
        let owner = cart.draft.map { " · \($0.customerName) · \($0.country)" } ?? ""
        canvas.box(frame, title: " Cart (\(cart.lines.count))\(owner) ", isFocused: true, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let tableFrame = inner.inset(bottom: min(detailHeight, max(0, inner.height - 2)))
        let columns = columns(width: tableFrame.width)
        TableView.render(
            columns: columns, rowCount: cart.lines.count, row: { cells(for: cart.lines[$0], columns: columns) },
            state: cart.table, frame: tableFrame, isFocused: true, glyphs: glyphs,
            emptyText: "The cart is empty: open a catalog (c on a subscription) and press a on a SKU", into: &canvas)
        guard inner.height > detailHeight + 1 else { return }
        let separatorY = tableFrame.maxY
        canvas.boxSeparator(across: frame, at: separatorY, glyphs: glyphs)
        for (offset, line) in detailText(cart, width: inner.width - 2).prefix(detailHeight - 1).enumerated() {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: separatorY + 1 + offset), width: inner.width - 2,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
        }
    }

    static func cells(for line: CartDraftLine, columns: [TableColumn]) -> [TableCell] {
        let problemRole: StyleRole? = line.problem == nil ? nil : .statusError
        return columns.map { column in
            switch column.title {
            case "#": TableCell(String(line.id), role: problemRole)
            case "Size": TableCell(line.skuName, role: problemRole)
            case "Region": TableCell(line.region ?? line.armRegionName ?? "")
            case "Term": TableCell(String(line.termDuration.dropFirst()))
            case "Qty": TableCell(String(line.quantity))
            case "Scope": TableCell(line.scope.rawValue)
            case "Subscription": TableCell(line.subscriptionName, role: .dim)
            default:
                line.total.map { TableCell(MoneyText.format($0, currency: line.currencyCode), role: .price) }
                    ?? TableCell("no price", role: .dim)
            }
        }
    }

    /// The selected line in full, its problem, and the totals per currency.
    static func detailText(_ cart: CartPaneState, width: Int = .max) -> [StyledText] {
        guard let draft = cart.draft, !draft.lines.isEmpty else { return [] }
        var lines: [StyledText] = []
        if let line = cart.selectedLine {
            lines.append(StyledText(
                "#\(line.id) \"\(line.friendlyName)\" · \(line.productTitle) · catalog item \(line.catalogItemID.rawValue) · for "
                    + line.subscriptionName))
            if let problem = line.problem {
                lines.append(StyledText("Service: \(problem)", role: .statusError))
            } else if let renewal = line.renewal {
                lines.append(StyledText(renewalText(line, renewal, width: width), role: .statusWarning))
            } else {
                let unit = line.unitPrice.map { "\(MoneyText.format($0, currency: line.currencyCode)) each" } ?? "no partner price known"
                lines.append(StyledText("\(line.quantity) × \(unit) · billed \(line.billingCycle.wireName)", role: .dim))
            }
        }
        var totals = draft.totals.map { MoneyText.format($0.amount, currency: $0.currency) }.joined(separator: " + ")
        if totals.isEmpty { totals = "unknown" }
        let unpriced = draft.unpricedLines > 0 ? " (\(Plural.count(draft.unpricedLines, "line")) without a price)" : ""
        lines.append(StyledText("Total \(totals)\(unpriced) · b checks out", role: .price))
        return lines
    }

    /// `Renews ORD-1 (expires 2026-12-07) · paid 1,837.08 USD · today 1,900.00 USD`: what the renewed reservation
    /// cost beside what buying it again costs now.
    static func renewalText(_ line: CartDraftLine, _ renewal: RenewalSource, width: Int) -> String {
        let expiry = renewal.expiryDate.map { " (expires \(UTCDateText.day($0)))" } ?? ""
        let paid = renewal.paidTotal.map { "paid \(MoneyText.format($0, currency: renewal.paidCurrency))" } ?? "paid: not known for a multi-line order"
        let today = line.total.map { "today \(MoneyText.format($0, currency: line.currencyCode))" } ?? "today's price unknown"
        let full = "Renews \(renewal.orderID.rawValue)\(expiry) · \(paid) · \(today)"
        // The two prices matter most: the expiry goes first when the line is too narrow.
        return DisplayWidth.of(full) <= width ? full : "Renews \(renewal.orderID.rawValue) · \(paid) · \(today)"
    }
}
