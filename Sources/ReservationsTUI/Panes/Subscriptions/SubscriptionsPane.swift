import PartnerCenter
import ReservationsCore
import TerminalUI

/// Draws the selected customer's subscriptions: name, kind, status and ID.
enum SubscriptionsPane {
    /// The ID column only appears when there is room for the name to stay readable.
    static func columns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Subscription", width: .flexible(min: 12)),
            TableColumn("Kind", width: .fixed(12)),
            TableColumn("Status", width: .fixed(9)),
        ]
        if width >= 72 { columns.append(TableColumn("ID", width: .flexible(min: 12))) }
        return columns
    }

    static func render(_ state: AppState, frame: Rect, isFocused: Bool, glyphs: Glyphs, into canvas: inout some Canvas) {
        let subscriptions = state.subscriptions
        let owner = state.customers.selectedCustomer
        let title = owner.map { " Subscriptions · \($0.name) " } ?? " Subscriptions "
        canvas.fill(frame, role: .text)
        canvas.box(frame, title: title, isFocused: isFocused, glyphs: glyphs)
        var inner = frame.inset(by: 1)
        // A customer in a market without reservations gets the reason on the last line, not a silent gap.
        if let owner, let country = state.customers.country(of: owner.id),
            let reason = ReservationMarkets.unavailableReason(countryCode: country), inner.height > 2
        {
            canvas.writeTruncated(reason, at: Point(x: inner.x + 1, y: inner.maxY - 1), width: inner.width - 1,
                                  role: .badgeMarket, ellipsis: glyphs.ellipsis)
            inner = inner.inset(bottom: 1)
        }
        let columns = columns(width: inner.width)
        TableView.render(
            columns: columns, rowCount: subscriptions.items.count,
            row: { Array(cells(for: subscriptions.items[$0]).prefix(columns.count)) }, state: subscriptions.table, frame: inner,
            isFocused: isFocused, glyphs: glyphs, emptyText: emptyText(state), into: &canvas)
    }

    static func cells(for subscription: Subscription) -> [TableCell] {
        let statusRole: StyleRole? = subscription.status == .active ? nil : .statusWarning
        return [
            TableCell(subscription.friendlyName ?? subscription.offerName ?? subscription.offerId),
            TableCell(subscription.kind.label, role: subscription.kind == .other ? .dim : nil),
            TableCell(subscription.status.wireName, role: statusRole),
            TableCell(subscription.id.rawValue, role: .dim),
        ]
    }

    static func emptyText(_ state: AppState) -> String {
        guard state.customers.selectedCustomer != nil else { return "Select a customer" }
        switch state.subscriptions.load {
        case .loading: return "Loading subscriptions…"
        case .failed(let message): return "Could not load subscriptions: \(message)"
        default: return "This customer has no subscriptions"
        }
    }
}
