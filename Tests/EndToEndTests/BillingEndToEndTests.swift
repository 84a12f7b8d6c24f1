import Foundation
import Testing

/// Billing in the real binary, by keystrokes only, on the built-in sandbox (which seeds closed invoices with PDFs).
@Suite(.serialized)
struct BillingEndToEndTests {
    /// Types `path` into the export prompt in place of its default, then Enter.
    static func answerPrompt(_ session: TmuxSession, with path: String) throws {
        try session.press("C-u")
        try session.type(path)
        try session.press("Enter")
    }

    @Test("open billing, save a statement (a PDF) and export the line items on screen to CSV")
    func statementAndCSV() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.waitFor("customers loaded", timeout: 30)
        try session.press("B")
        let invoices = try session.waitUntil(description: "invoices loaded", timeout: 30) { $0.range(of: #" \d+ invoices\n"#, options: .regularExpression) != nil }
        #expect(invoices.contains("Billing ·"))

        // The statement of the selected (newest, closed) invoice.
        let pdf = session.home.appendingPathComponent("statement.pdf")
        try session.press("p")
        try session.waitFor("Save the statement of")
        try Self.answerPrompt(session, with: pdf.path)
        try session.waitFor("Wrote \(pdf.path)", timeout: 30)
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))

        // Its one-time line items, then the CSV of exactly those.
        try session.press("Enter")
        let screen = try session.waitUntil(description: "line items loaded", timeout: 30) {
            $0.range(of: #"\d+ line items? of G"#, options: .regularExpression) != nil
        }
        let csvURL = session.home.appendingPathComponent("lines.csv")
        try session.press("x")
        try session.waitUntil(description: "the export prompt") { $0.range(of: #"line items? to:"#, options: .regularExpression) != nil }
        try Self.answerPrompt(session, with: csvURL.path)
        try session.waitFor("Wrote \(csvURL.path)", timeout: 30)
        let csv = try String(contentsOf: csvURL, encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("InvoiceNumber,CustomerId,CustomerName,OrderId") == true)
        let shownCount = try #require(screen.firstMatch(of: /(\d+) line items? of G/).flatMap { Int($0.1) })
        #expect(rows.count == shownCount + 1)
        // Every order ID in the file is on screen (the Order column may be cut short, so compare its start).
        for row in rows.dropFirst() {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count >= 4)
            if fields.count >= 4 { #expect(screen.contains(String(fields[3].prefix(10)))) }
        }

        // Saving again over the same file asks first; n keeps it.
        try session.press("p")
        try session.waitFor("Save the statement of")
        try Self.answerPrompt(session, with: pdf.path)
        try session.waitFor("exists. Overwrite? (y/N)")
        try session.press("n")
        try session.waitFor("Nothing written")
        try session.press("q")
        try session.waitFor("EXIT=0")

        // The command line's CSV of the same invoice, on the same sandbox, is the same file byte for byte.
        let invoiceID = try #require(rows.dropFirst().first?.split(separator: ",").first.map(String.init))
        let folders = ["XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"].map { ($0, $0.dropFirst(4).dropLast(5).lowercased()) }
        let environment = Dictionary(uniqueKeysWithValues: folders.map { ($0.0, session.home.appendingPathComponent($0.1).path) })
        let cli = try CLIProcess()
        let result = try cli.run(["invoices", "lineitems", invoiceID, "--output", "csv"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == csv)
    }
}
