import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
import Testing
@testable import BillingFeature

/// x and p in billing: the path prompt, the overwrite question, and the outcome in the status line.
struct BillingExportReducerTests {
    typealias B = BillingFixtures

    @Test("x asks for a path with a default in the current folder and exports exactly the shown line items")
    func exportShown() {
        var state = B.lineItemsState()
        _ = Fixtures.press([.char("/")], &state)
        _ = Fixtures.type("fabrikam", &state)
        _ = Fixtures.press([.enter, .char("x")], &state)
        guard case .export(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.field.text == "G000000101-lineitems.csv")
        #expect(prompt.label == "Export 2 line items to: ")
        let shown = state.billing?.lineItems?.shown ?? []
        #expect(Fixtures.press([.enter], &state) == [.billing(.exportLineItems(shown, path: "G000000101-lineitems.csv", overwrite: false))])
        #expect(state.overlay == nil)
        _ = AppReducer.reduce(&state, .billing(.exportFinished(path: "/tmp/G000000101-lineitems.csv", bytes: 512)))
        #expect(state.status == .success("Wrote /tmp/G000000101-lineitems.csv (512 bytes)"))
    }

    @Test("an existing file is only replaced after y; anything else writes nothing")
    func overwrite() {
        var state = B.openState()
        _ = Fixtures.press([.char("p")], &state)
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.exportTargetExists(path: "G000000101.pdf")))
        guard case .export(let prompt)? = state.overlay else { Issue.record("no question"); return }
        #expect(prompt.label == "G000000101.pdf exists. Overwrite? (y/N) ")
        #expect(Fixtures.press([.char("y")], &state) == [.billing(.downloadStatement("G000000101", path: "G000000101.pdf", overwrite: true))])
        _ = Fixtures.press([.char("p"), .enter], &state)
        _ = AppReducer.reduce(&state, .billing(.exportTargetExists(path: "G000000101.pdf")))
        #expect(Fixtures.press([.char("n")], &state) == [])
        #expect(state.status == .info("Nothing written; G000000101.pdf is unchanged"))
    }

    @Test("Esc cancels the prompt; a failure is one status line")
    func cancelAndFail() {
        var state = B.openState()
        _ = Fixtures.press([.char("p")], &state)
        #expect(Fixtures.press([.escape], &state) == [])
        #expect(state.overlay == nil)
        #expect(state.focus == .billing)
        _ = Fixtures.press([.char("p"), .enter], &state)
        _ = AppReducer.reduce(&state, .billing(.exportFailed("Statement of G000000101 not saved: Not found (404)")))
        #expect(state.status == .error("Statement of G000000101 not saved: Not found (404)"))
    }

    @Test("x without line items says why")
    func nothingToExport() {
        var state = B.openState()
        _ = Fixtures.press([.char("x")], &state)
        #expect(state.overlay == nil)
        #expect(state.status == .warning("No line items shown to export"))
    }

    @Test("line items that stopped part way (network failure or Esc) are not exported as if complete")
    func partialIsRefused() {
        for end in [Action.billing(.invoiceLineItemsFailed("G000000101", "The connection was lost")), nil] {
            var state = B.openState()
            _ = Fixtures.press([.enter], &state)
            _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", B.firstPage.map(InvoiceLineRow.init), isComplete: false)))
            if let end { _ = AppReducer.reduce(&state, end) } else { _ = Fixtures.press([.escape], &state) }
            #expect(Fixtures.press([.char("x")], &state).isEmpty)
            #expect(state.overlay == nil)
            #expect(state.status == .warning("The line items are incomplete; load them all (Enter) before exporting"))
        }
    }

    @Test("an invoice without one-time line items says so plainly and offers nothing to export")
    func emptyInvoice() {
        var state = B.openState()
        _ = Fixtures.press([.enter], &state)
        _ = AppReducer.reduce(&state, .billing(.invoiceLineItemsPageLoaded("G000000101", [].map(InvoiceLineRow.init), isComplete: true)))
        #expect(AppView.render(state).plainText().contains("This invoice has no one-time line items"))
        _ = Fixtures.press([.char("x")], &state)
        #expect(state.status == .warning("No line items shown to export"))
    }
}

/// Default export names built from server IDs.
struct ExportNameTests {
    @Test("only A-Z, a-z, 0-9, _ and - of a server ID go into a default file name")
    func fileNamePart() {
        #expect(ExportPrompt.fileNamePart("G000000101") == "G000000101")
        #expect(ExportPrompt.fileNamePart("../../etc/cron.d/x") == "etccrondx")
        #expect(ExportPrompt.fileNamePart("G 1\u{1B}[2J/é") == "G12J")
        #expect(ExportPrompt.fileNamePart("../") == "invoice")
    }
}
