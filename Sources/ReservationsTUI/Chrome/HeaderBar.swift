import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import CustomersFeature

/// The top line: program, SANDBOX or LIVE badge, profile (with the endpoint's host when it is not the profile's
/// own), breadcrumbs, and the selected customer's market.
enum HeaderBar {
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .headerBar)
        var x = frame.x
        x += canvas.write(" pcres ", at: Point(x: x, y: frame.y), role: .headerBar)
        for (word, role) in badges(state) {
            // Without colour a badge is bold in brackets: reverse video alone is lost in the reversed bar.
            let text = state.environment.usesColor ? " \(word) " : "[\(word)]"
            x += canvas.write(text, at: Point(x: x, y: frame.y), role: state.environment.usesColor ? role : .badgeSandbox)
            x += 1
        }
        x += canvas.write(profileText(state.environment), at: Point(x: x + 1, y: frame.y), role: .headerBar) + 1

        let market = marketText(state)
        let marketWidth = DisplayWidth.of(market.text)
        let trail = state.breadcrumbs.joined(separator: state.environment.isASCII ? " > " : " › ")
        let trailSpace = frame.maxX - x - 3 - (marketWidth > 0 ? marketWidth + 2 : 0)
        if trailSpace > 4 {
            canvas.write(" \(glyphs.vertical) ", at: Point(x: x, y: frame.y), role: .headerBar)
            canvas.writeTruncated(trail, at: Point(x: x + 3, y: frame.y), width: trailSpace, role: .headerBar,
                                  ellipsis: glyphs.ellipsis)
        }
        if marketWidth > 0, marketWidth + 2 < frame.width - x {
            canvas.writeRightAligned(market.text + " ", at: frame.origin, width: frame.width, role: market.role ?? .headerBar)
        }
    }

    /// The badges in header order: SANDBOX or LIVE, then INSECURE, LEDGER OFFLINE and READ-ONLY when they apply.
    static func badges(_ state: AppState) -> [(String, StyleRole)] {
        let environment = state.environment
        var badges: [(String, StyleRole)] = []
        if environment.isSandbox {
            badges.append(("SANDBOX", .badgeSandbox))
        } else if environment.serverKind == .microsoft {
            badges.append(("LIVE", .badgeLive))
        }
        if environment.isInsecure { badges.append(("INSECURE", .badgeMarket)) }
        // Purchases and registrations are refused while the team ledger cannot record them.
        if state.ledgerOfflineReason != nil { badges.append(("LEDGER OFFLINE", .badgeLive)) }
        if environment.isReadOnly { badges.append(("READ-ONLY", .badgeMarket)) }
        return badges
    }

    /// `profile prod`, or `profile prod @ 127.0.0.1:8080` when the profile's name does not say where it connects.
    static func profileText(_ environment: AppEnvironment) -> String {
        "profile \(environment.profileName)" + (environment.namesHost ? " @ \(environment.endpointHost)" : "")
    }

    /// The country of the customer the focused screen is about, and whether reservations are sold there; nothing
    /// on screens across customers (billing, the expiry board).
    static func marketText(_ state: AppState) -> StyledText {
        guard let shown = state.focus.screen.customer(state) else { return StyledText("") }
        guard let country = shown.country ?? state.customers.country(of: shown.id) else {
            let known = state.customers.detailErrors[shown.id] == nil
            return StyledText(known ? "market …" : "market unknown", role: known ? .headerBar : .statusWarning)
        }
        if ReservationMarkets.sellsReservations(in: country) {
            return StyledText("\(country) · RI sold", role: .headerBar)
        }
        return StyledText("\(country) · RI NOT sold", role: .badgeMarket)
    }
}
