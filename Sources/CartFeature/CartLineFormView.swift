import Foundation
import ReservationsCore
import TerminalUI
import Vocabulary
import ScreenKit

/// Draws the cart line form as a modal: the SKU, one row per field, the line total and the first problem.
public enum CartLineFormView {
    static let labelWidth = 14

    public static func render(_ form: CartLineForm, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        let width = min(frame.width - 2, 76)
        let contentWidth = max(10, width - 4)
        let lines = bodyLines(form, width: contentWidth, glyphs: glyphs)
        let title = form.isEditing ? "Edit line \(form.template.id)" : "Add to cart"
        let modal = Modal(title: " \(title) ", body: lines, buttons: ["Cancel", form.isEditing ? "Save" : "Add"],
                          focusedButton: form.problems.isEmpty ? 1 : 0)
        let height = min(frame.height, lines.count + 4)
        let area = modal.render(size: Size(width: width, height: height), in: frame, glyphs: glyphs, into: &canvas)
        // The focused text field gets a real cursor, drawn over its line.
        let content = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        let fieldLine = 3 + form.focus.rawValue
        guard form.focus == .quantity || form.focus == .friendlyName, fieldLine < content.height - 2 else { return }
        let field = form.focus == .quantity ? form.quantity : form.friendlyName
        // The value starts after the marker, a space, the padded label and a space.
        let valueX = content.x + labelWidth + 3
        field.render(prompt: "", frame: Rect(x: valueX, y: content.y + fieldLine, width: max(1, content.maxX - valueX), height: 1),
                     isFocused: true, role: .selection, into: &canvas)
    }

    static func bodyLines(_ form: CartLineForm, width: Int, glyphs: Glyphs) -> [StyledText] {
        let line = form.template
        var unit = line.unitPrice.map { "\(MoneyText.format($0, currency: line.currencyCode)) each" } ?? "no partner price known"
        if line.minimumQuantity != nil || line.maximumQuantity != nil {
            unit += " · quantity " + QuantityLimitsText.describe(minimum: line.minimumQuantity, maximum: line.maximumQuantity)
        }
        var lines = [
            StyledText(fit("\(line.skuName) · \(line.region ?? line.armRegionName ?? "") · \(line.productTitle)", width)),
            StyledText(fit("\(unit) · billed \(line.billingCycle.wireName) (paid up front)", width), role: .dim),
            StyledText(""),
        ]
        for field in CartLineForm.Field.allCases {
            let isFocused = form.focus == field
            let marker = isFocused ? String(glyphs.marker) : " "
            let label = marker + " " + field.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            // A wrong quantity stays marked when the focus moves on, next to the problem line below.
            let isWrong = field == .quantity && form.quantityProblem != nil
            lines.append(StyledText(fit(label + " " + value(of: field, in: form, glyphs: glyphs), width),
                                    role: isFocused ? .selection : isWrong ? .statusError : .text))
        }
        lines.append(StyledText(""))
        let total = form.lineTotal.map { MoneyText.format($0, currency: line.currencyCode) } ?? "—"
        lines.append(StyledText("Line total \(total)", role: .price))
        if let problem = form.problems.first {
            lines.append(StyledText(fit(problem, width), role: .statusError))
        } else {
            lines.append(StyledText("Ready: Enter \(form.isEditing ? "saves" : "adds")", role: .statusSuccess))
        }
        let keys = glyphs == .ascii ? "Tab/Up/Down field, Left/Right or Space choose" : "Tab/↑↓ field · ←/→ or Space choose"
        lines.append(StyledText(fit("\(keys) · Enter \(form.isEditing ? "save" : "add") · Esc cancel", width), role: .dim))
        return lines
    }

    static func value(of field: CartLineForm.Field, in form: CartLineForm, glyphs: Glyphs) -> String {
        let (open, close) = glyphs == .ascii ? ("<", ">") : ("‹", "›")
        switch field {
        case .quantity:
            return form.quantity.text
        case .term:
            guard form.terms.indices.contains(form.termIndex) else { return "none" }
            let term = form.terms[form.termIndex]
            let text = "\(term.termDuration)\(term.description.map { " (\($0))" } ?? "")"
            // Arrows only for a real choice: one term on offer reads as plain text.
            return form.terms.count > 1 ? "\(open) \(text) \(close)" : text + "  (the only term offered)"
        case .scope where form.isAzurePlan:
            return "shared  Azure plan: always shared at purchase"
        case .scope:
            let explanation = form.scope == .shared ? "every subscription of the customer" : "this subscription only"
            return "\(open) \(form.scope.rawValue) \(close)  \(explanation)"
        case .subscription:
            guard form.subscriptions.indices.contains(form.subscriptionIndex) else { return "none" }
            let subscription = form.subscriptions[form.subscriptionIndex]
            guard form.subscriptions.count > 1 else { return subscription.displayName }
            return "\(open) \(subscription.displayName) \(close) (\(form.subscriptionIndex + 1)/\(form.subscriptions.count))"
        case .friendlyName:
            return form.friendlyName.text
        }
    }

    /// Cuts `text` to `width` columns, so the modal never wraps a field row (the cursor overlay relies on it).
    static func fit(_ text: String, _ width: Int) -> String {
        DisplayWidth.truncate(text, to: width)
    }
}
