import ReservationsCore
import TerminalUI

/// The top line: program, SANDBOX or LIVE badge, profile (with the endpoint's host when it is not the profile's
/// own), breadcrumbs, and the selected customer's market.
enum HeaderBar {
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .headerBar)
        var x = frame.x
        x += canvas.write(" pcres ", at: Point(x: x, y: frame.y), role: .headerBar)
        if state.environment.isSandbox {
            x += canvas.write(" SANDBOX ", at: Point(x: x, y: frame.y), role: .badgeSandbox)
            x += 1
        } else if state.environment.serverKind == .microsoft {
            x += canvas.write(" LIVE ", at: Point(x: x, y: frame.y), role: .badgeLive)
            x += 1
        }
        if state.environment.isInsecure {
            x += canvas.write(" INSECURE ", at: Point(x: x, y: frame.y), role: .badgeMarket)
            x += 1
        }
        if state.ledgerOfflineReason != nil {
            x += canvas.write(" LEDGER OFFLINE ", at: Point(x: x, y: frame.y), role: .badgeLive)
            x += 1
        }
        if state.environment.isReadOnly {
            x += canvas.write(" READ-ONLY ", at: Point(x: x, y: frame.y), role: .badgeMarket)
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

    /// `profile prod`, or `profile prod @ 127.0.0.1:8080` when the profile's name does not say where it connects.
    static func profileText(_ environment: AppEnvironment) -> String {
        "profile \(environment.profileName)" + (environment.namesHost ? " @ \(environment.endpointHost)" : "")
    }

    /// The selected customer's country and whether reservations are sold there.
    static func marketText(_ state: AppState) -> StyledText {
        guard let customer = state.customers.selectedCustomer else { return StyledText("") }
        guard let country = state.customers.country(of: customer.id) else {
            let known = state.customers.detailErrors[customer.id] == nil
            return StyledText(known ? "market …" : "market unknown", role: known ? .headerBar : .statusWarning)
        }
        if ReservationMarkets.sellsReservations(in: country) {
            return StyledText("\(country) · RI sold", role: .headerBar)
        }
        return StyledText("\(country) · RI NOT sold", role: .badgeMarket)
    }
}
