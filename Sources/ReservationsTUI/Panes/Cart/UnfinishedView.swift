import Foundation
import TerminalUI

/// The dialog about checkouts an earlier run left unsettled.
enum UnfinishedView {
    static func render(_ found: [UnfinishedPurchase], focusedButton: Int, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        var lines = [
            StyledText("pcres stopped during \(found.count == 1 ? "a checkout" : "\(found.count) checkouts") (a dropped link, a crash):"),
            StyledText(""),
        ]
        for purchase in found.prefix(6) {
            lines.append(StyledText(
                "• \(purchase.lineCount) line(s) for customer \(purchase.customerID.rawValue): \(purchase.stage)", role: .statusWarning))
        }
        if found.count > 6 { lines.append(StyledText("… and \(found.count - 6) more", role: .dim)) }
        lines += [
            StyledText(""),
            StyledText("Resolve finds out whether each order exists and finishes what was confirmed, re-sending only with"),
            StyledText("the same request ID, so nothing is bought twice. Later keeps them for the next start.", role: .dim),
        ]
        let width = min(frame.width - 2, 90)
        let modal = Modal(title: " Unfinished checkout ", body: lines, buttons: ["Later", "Resolve"], focusedButton: focusedButton)
        let height = min(frame.height, modal.bodyLines(width: width - 4).count + 4)
        modal.render(size: Size(width: width, height: height), in: frame, glyphs: glyphs, into: &canvas)
    }
}
