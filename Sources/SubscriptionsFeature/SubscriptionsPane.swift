import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit

/// Draws the selected customer's subscriptions: name, kind, status and ID.
public enum SubscriptionsPane {
    /// The registration decides whether a reservation can be bought on the subscription, so its column stays
    /// down to the width of the name (12 columns), kind and status beside it; the ID goes first.
    static let showsRegistrationColumnFrom = 50

    static func columns(width: Int) -> [TableColumn] {
        var columns = [
            TableColumn("Subscription", width: .flexible(min: 12)),
            TableColumn("Kind", width: .fixed(12)),
            TableColumn("Status", width: .fixed(9)),
        ]
        // Narrow panes show the registration on the pane's last line instead (see `registrationLine`).
        if width >= showsRegistrationColumnFrom { columns.append(TableColumn("RI reg", width: .fixed(7))) }
        if width >= 80 { columns.append(TableColumn("ID", width: .flexible(min: 12))) }
        return columns
    }

    public static func render(_ state: some SubscriptionsHost, frame: Rect, isFocused: Bool, glyphs: Glyphs, into canvas: inout some Canvas) {
        let subscriptions = state.subscriptions
        let owner = state.selectedCustomer
        let title = owner.map { " Subscriptions · \($0.name) " } ?? " Subscriptions "
        canvas.fill(frame, role: .text)
        canvas.box(frame, title: title, isFocused: isFocused, glyphs: glyphs)
        var inner = frame.inset(by: 1)
        // A customer in a market without reservations gets the reason on the last line, not a silent gap.
        if let owner, let country = state.customerCountry(owner.id),
            let reason = ReservationMarkets.unavailableReason(countryCode: country), inner.height > 2
        {
            canvas.writeTruncated(reason, at: Point(x: inner.x + 1, y: inner.maxY - 1), width: inner.width - 1,
                                  role: .badgeMarket, ellipsis: glyphs.ellipsis)
            inner = inner.inset(bottom: 1)
        }
        if let line = planLine(state), inner.height > 4 {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: inner.maxY - 1), width: inner.width - 1,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
            inner = inner.inset(bottom: 1)
        }
        if inner.width < showsRegistrationColumnFrom, let line = registrationLine(state), inner.height > 3 {
            canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: inner.maxY - 1), width: inner.width - 1,
                                  role: line.role ?? .text, ellipsis: glyphs.ellipsis)
            inner = inner.inset(bottom: 1)
        }
        let columns = columns(width: inner.width)
        TableView.render(
            columns: columns, rowCount: subscriptions.items.count,
            row: { Array(cells(for: subscriptions.items[$0], registration: subscriptions.registration).prefix(columns.count)) }, state: subscriptions.table, frame: inner,
            isFocused: isFocused, glyphs: glyphs, emptyText: emptyText(state), into: &canvas)
    }

    static func cells(for subscription: SubscriptionRow, registration: [SubscriptionID: RegistrationState]) -> [TableCell] {
        let statusRole: StyleRole? = subscription.isActive ? nil : .statusWarning
        let registered = registration[subscription.id]
        let registrationRole: StyleRole? =
            switch registered {
            case .known(.registered)?, .registering(.registered)?: .statusSuccess
            case .failed?, .known(.notRegistered)?: .statusWarning
            default: .dim
            }
        return [
            TableCell(subscription.displayName),
            TableCell(subscription.kind.label, role: subscription.kind == .other ? .dim : nil),
            TableCell(subscription.statusText, role: statusRole),
            TableCell(subscription.kind == .other ? "" : (registered?.label ?? ""), role: registrationRole),
            TableCell(subscription.id.rawValue, role: .dim),
        ]
    }

    /// The Azure subscriptions under the selected Azure plan: `Under this plan: Prod EU (active), Dev (active)`.
    static func planLine(_ state: some SubscriptionsHost) -> StyledText? {
        guard let subscription = state.subscriptions.selected, subscription.kind == .azurePlan,
            let items = state.subscriptions.azureEntitlements[subscription.id]
        else { return nil }
        guard !items.isEmpty else { return StyledText("Under this plan: no Azure subscriptions yet", role: .dim) }
        let names = items.map { "\($0.name) (\($0.statusText))" }.joined(separator: ", ")
        return StyledText("Under this plan: \(names)", role: .dim)
    }

    /// `RI registration: no · R registers` for the selected Azure subscription.
    static func registrationLine(_ state: some SubscriptionsHost) -> StyledText? {
        guard let subscription = state.subscriptions.selected, subscription.kind != .other,
            let registration = state.subscriptions.registration[subscription.id]
        else { return nil }
        switch registration {
        case .known(.registered), .registering(.registered):
            return StyledText("RI registration: registered", role: .statusSuccess)
        case .known(.notRegistered):
            return StyledText("RI registration: not registered · R registers", role: .statusWarning)
        case .registering, .known(.registering):
            return StyledText("RI registration: pending…", role: .dim)
        case .failed(let message):
            return StyledText("RI registration: \(message)", role: .statusError)
        case .checking:
            return StyledText("RI registration: checking…", role: .dim)
        case .known(.unknown(let raw)):
            return StyledText("RI registration: \(raw)", role: .dim)
        }
    }

    static func emptyText(_ state: some SubscriptionsHost) -> String {
        guard state.selectedCustomer != nil else { return "Select a customer" }
        switch state.subscriptions.load {
        case .loading: return "Loading subscriptions…"
        case .failed(let message): return "Could not load subscriptions: \(message)"
        default: return "This customer has no subscriptions"
        }
    }
}
