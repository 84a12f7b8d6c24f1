import ScreenKit
import Foundation
import Vocabulary
import TerminalUI

/// The dialog about confirmed checkouts an earlier run left unsettled: first what the journal says, then, once
/// looked into, what the cart and orders showed. Nothing in it sends anything; Later is the default.
public enum UnfinishedView {
    public static func render(
        _ found: [UnfinishedPurchase], focusedButton: Int, isReadOnly: Bool, customerName: (CustomerID) -> String, frame: Rect,
        glyphs: Glyphs, into canvas: inout some Canvas
    ) {
        let inspected = found.contains { $0.finding != nil }
        let count = found.count == 1 ? "a confirmed checkout" : "\(found.count) confirmed checkouts"
        var lines = [StyledText("pcres stopped during \(count) (a dropped link, a crash):"), StyledText("")]
        for purchase in found.prefix(6) {
            let what = "\(purchase.lineCount) line\(purchase.lineCount == 1 ? "" : "s") for \(customerName(purchase.customerID))"
            lines.append(StyledText("• \(what): \(purchase.stage)", role: .statusWarning))
            if let finding = purchase.finding { lines.append(StyledText("  \(finding)")) }
        }
        if found.count > 6 { lines.append(StyledText("… and \(found.count - 6) more", role: .dim)) }
        lines.append(StyledText(""))
        var buttons: [String]
        if !inspected {
            lines.append(StyledText("Check reads each cart and the customer's orders and says what it finds; it sends nothing. "
                + "Later keeps them in the journal for the next start."))
            buttons = ["Later", "Check"]
        } else if !isReadOnly, found.contains(where: { $0.continuation != nil }) {
            lines.append(StyledText("Continue opens the purchase's summary: only a typed BUY sends its checkout (the same cart "
                + "with the same request ID, so it cannot order twice). Close keeps it in the journal."))
            buttons = ["Close", "Continue"]
        } else {
            lines.append(StyledText("Nothing was sent. What is still open stays in the journal for the next start.", role: .dim))
            buttons = ["Close"]
        }
        let width = min(frame.width - 2, 90)
        let modal = Modal(title: " Unfinished checkout ", body: lines, buttons: buttons, focusedButton: min(focusedButton, buttons.count - 1))
        let height = min(frame.height, modal.bodyLines(width: width - 4).count + 4)
        modal.render(size: Size(width: width, height: height), in: frame, glyphs: glyphs, into: &canvas)
    }
}
