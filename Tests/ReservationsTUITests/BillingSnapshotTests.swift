import Foundation
import PartnerCenter
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing

/// The billing pane as text. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct BillingSnapshotTests {
    typealias B = BillingFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("balance, summaries, invoices and the first invoice's line items filtered", arguments: sizes)
    func lineItems(size: Size) throws {
        var state = B.lineItemsState(size: size)
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("fabrikam", &state)
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing", size))
    }

    @Test("line items loading, with progress", arguments: sizes)
    func loading(size: Size) throws {
        var state = B.openState(size: size)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .invoiceLineItemsPageLoaded("G000000101", B.firstPage, isComplete: false))
        try assertSnapshot(AppView.render(state).plainText(), named: Self.name("billing-loading", size))
    }
}
