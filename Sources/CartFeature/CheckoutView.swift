import Foundation
import ReservationsCore
import TerminalUI
import Vocabulary
import ScreenKit
import OrdersFeature

/// Draws the checkout dialog for each stage: preflight, problems, summary with confirmation, sending, result.
public enum CheckoutView {
    public static func render(
        _ flow: CheckoutFlow, environment: AppEnvironment, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas
    ) {
        let width = min(frame.width - 2, 84)
        let contentWidth = max(10, width - 4)
        let draft = flow.draft
        var buttons: [String] = []
        var focused: Int?
        var title: String
        var lines: [StyledText]
        switch flow.stage {
        case .checking:
            title = " Checkout · checking "
            lines = [
                StyledText("Checking \(Plural.count(draft.lines.count, "line")) for \(draft.customerName): registration, inventory,"),
                StyledText("catalog items still on sale, quantities and market…"),
                StyledText(""), StyledText("Esc cancels; nothing has been sent", role: .dim),
            ]
        case .problems(let problems):
            title = " Cannot check out: \(Plural.count(problems.count, "problem")) "
            lines = problems.map { StyledText("• " + $0, role: .statusError) }
            lines += [StyledText(""), StyledText("Nothing was sent and the cart is unchanged. Enter or Esc closes.", role: .dim)]
            buttons = ["Close"]
            focused = 0
        case .confirming:
            title = " Buy reservations for \(draft.customerName)? "
            // Where the order goes comes first, above the customer.
            let destination = destination(environment, width: contentWidth)
            let room = max(3, frame.height - 14 - min(2, flow.duplicates.count))
            lines = destination + summary(draft, width: contentWidth, room: max(2, room - destination.count))
            for duplicate in flow.duplicates.prefix(2) { lines.append(StyledText("Bought before: " + duplicate, role: .statusError)) }
            lines.append(StyledText(""))
            lines.append(StyledText("Type \(flow.requiredWord) to confirm:", role: .statusWarning))
            buttons = ["Cancel", "Buy"]
            focused = flow.focusedButton
        case .confirmingDuplicate:
            title = " Possible duplicate purchase "
            lines = [StyledText("The same item was bought for \(draft.customerName) within 24 hours:", role: .statusError)]
            lines += flow.duplicates.prefix(max(1, frame.height - 12)).map { StyledText("• " + $0, role: .statusError) }
            if flow.duplicates.count > max(1, frame.height - 12) { lines.append(StyledText("… and more", role: .dim)) }
            lines += [
                StyledText("Partner Center lists new orders up to 15 minutes late, so its order list may not show them yet.", role: .dim),
                StyledText(""),
                StyledText("Type \(flow.requiredWord) to confirm:", role: .statusWarning),
            ]
            buttons = ["Cancel", "Buy again"]
            focused = flow.focusedButton
        case .sending:
            title = " Checking out… "
            lines = [
                StyledText("Sending \(Plural.count(draft.lines.count, "line")) for \(draft.customerName)."),
                StyledText("The journal holds this purchase: if the link drops now, start pcres again and it", role: .dim),
                StyledText("finds out whether the order exists before anything is sent again.", role: .dim),
            ]
        case .finished(let report):
            title = report.lineProblems.isEmpty ? " Checkout finished " : " The service refused the cart "
            lines = result(report, draft: draft)
            buttons = report.orders.isEmpty ? ["Close"] : ["Close", "View orders"]
            focused = report.orders.isEmpty ? 0 : 1
        case .failed(let message), .refused(let message):
            let nothingSent = if case .refused = flow.stage { true } else { false }
            title = nothingSent ? " Nothing was sent " : " Checkout outcome unknown "
            lines = [StyledText(message, role: .statusError), StyledText("")]
            lines += nothingSent
                ? [StyledText("The cart is kept. Retry records the purchase and sends it"),
                   StyledText("once the cause above is gone; Close keeps it for later.")]
                : [StyledText("The cart is kept. Retry sends the same cart with the same request ID, so the"),
                   StyledText("service cannot place it twice; or close and check the orders first.")]
            buttons = ["Close", "Retry"]
            focused = flow.focusedButton
        }
        // The summary is cut to the width so the confirmation prompt stays on its line; other stages wrap.
        let isConfirming = flow.stage == .confirming || flow.stage == .confirmingDuplicate
        // The duplicate warning wraps instead: every word of it matters, and the prompt is still its last line.
        let fitted = flow.stage == .confirming ? lines.map { StyledText(DisplayWidth.truncate($0.text, to: contentWidth), role: $0.role) } : lines
        let modal = Modal(title: title, body: fitted, buttons: buttons, focusedButton: focused)
        let bodyHeight = modal.bodyLines(width: contentWidth).count
        let height = min(frame.height, bodyHeight + 2 + (buttons.isEmpty ? 0 : 2))
        let area = modal.render(size: Size(width: width, height: height), in: frame, glyphs: glyphs, into: &canvas)
        if isConfirming {
            // The confirmation field sits after the prompt on the last body line.
            let content = area.inset(top: 1, left: 2, bottom: 1, right: 2)
            let prompt = "Type \(flow.requiredWord) to confirm: "
            let y = content.y + bodyHeight - 1
            guard y < content.maxY - 2 else { return }
            let x = content.x + DisplayWidth.of(prompt)
            flow.confirmation.render(prompt: "", frame: Rect(x: x, y: y, width: max(1, min(12, content.maxX - x)), height: 1),
                                     isFocused: true, role: .filter, into: &canvas)
        }
    }

    /// Customer, subscriptions, every line (or as many as fit) and totals per currency.
    static func summary(_ draft: CartDraft, width: Int, room: Int) -> [StyledText] {
        var lines = [
            StyledText("Customer      \(draft.customerName) (\(draft.country))"),
            StyledText("Subscription  \(draft.subscriptionNames.joined(separator: ", "))"),
        ]
        if let key = draft.recoveredIntentID {
            lines.append(StyledText("Earlier       \(key): its journaled cart, re-sent with the same request ID", role: .statusWarning))
        }
        lines.append(StyledText(""))
        let shown = draft.lines.count > room ? room - 1 : draft.lines.count
        for line in draft.lines.prefix(shown) {
            // A renewal shows what the reservation it renews cost beside today's price.
            let paid = line.renewal?.paidTotal.map { " (paid \(MoneyText.format($0, currency: line.renewal?.paidCurrency)))" } ?? ""
            let price = (line.total.map { MoneyText.format($0, currency: line.currencyCode) } ?? "no price") + paid
            // The price stays whole; a long subscription name is cut instead.
            let what = DisplayWidth.truncate(
                "\(line.quantity) × \(line.skuName) \(line.region ?? "") \(line.termDuration) \(line.scope.rawValue) · \(line.subscriptionName)",
                to: max(10, width - DisplayWidth.of(price) - 1))
            let gap = max(1, width - DisplayWidth.of(what) - DisplayWidth.of(price))
            lines.append(StyledText(what + String(repeating: " ", count: gap) + price))
        }
        if shown < draft.lines.count { lines.append(StyledText("… and \(draft.lines.count - shown) more \(Plural.noun(draft.lines.count - shown, "line"))", role: .dim)) }
        var totals = draft.totals.map { MoneyText.format($0.amount, currency: $0.currency) }.joined(separator: " + ")
        if totals.isEmpty { totals = "unknown" }
        if draft.unpricedLines > 0 { totals += " + \(Plural.count(draft.unpricedLines, "line")) without a known price" }
        lines.append(StyledText("Total  \(totals)", role: .price))
        return lines
    }

    /// `Goes to       tenant contoso.onmicrosoft.com · api.partnercenter.microsoft.com (LIVE)`; on two lines
    /// (endpoint, then tenant) when one is wider than the dialog, so neither is cut.
    static func destination(_ environment: AppEnvironment, width: Int) -> [StyledText] {
        let role: StyleRole? = environment.serverKind == .microsoft ? .statusWarning : nil
        let line = "Goes to       tenant \(environment.tenant) · \(environment.destinationText)"
        if DisplayWidth.of(line) <= width { return [StyledText(line, role: role)] }
        return [
            StyledText("Goes to       \(environment.destinationText)", role: role),
            StyledText("Tenant        \(environment.tenant)", role: role),
        ]
    }

    static func result(_ report: CheckoutReport, draft: CartDraft) -> [StyledText] {
        var lines: [StyledText] = []
        if report.wasAlreadyPlaced {
            lines.append(StyledText("This purchase had already gone through; nothing was sent twice.", role: .statusWarning))
        }
        for order in report.orders {
            let total = order.total.map { " · " + MoneyText.format($0, currency: order.currencyCode) } ?? ""
            lines.append(StyledText("Order \(order.orderID.rawValue) · \(order.status) · \(Plural.count(order.lineCount, "line"))\(total)",
                                    role: .statusSuccess))
        }
        for line in draft.lines where report.lineProblems[line.id] == nil && !report.orders.isEmpty {
            lines.append(StyledText("  \(line.quantity) × \(line.skuName) \(line.region ?? "") · on \(line.subscriptionName)", role: .dim))
        }
        for failure in report.failures {
            lines.append(StyledText("Order group \(failure.orderGroup) failed: \(failure.message)", role: .statusError))
        }
        for (lineID, problem) in report.lineProblems.sorted(by: { $0.key < $1.key }) {
            let name = draft.lines.first { $0.id == lineID }?.skuName ?? ""
            lines.append(StyledText("Line \(lineID) \(name): \(problem)", role: .statusError))
        }
        if !report.lineProblems.isEmpty {
            lines.append(StyledText("Nothing was bought; the cart is kept with the problems marked.", role: .dim))
        } else if !report.failures.isEmpty {
            lines.append(StyledText("Lines of failed groups stay in the cart.", role: .dim))
        }
        if let requestID = report.requestID { lines.append(StyledText("Request ID \(requestID)", role: .dim)) }
        return lines
    }
}
