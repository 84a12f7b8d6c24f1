import Foundation
import PartnerCenter
import Testing

@testable import ReservationsCore

/// What pcres writes for spreadsheets, JSON readers and files is safe whatever the server sent.
struct OutputSafetyTests {
    @Test("cells a spreadsheet would run as formulas get an apostrophe; numbers and plain text stay as they are")
    func spreadsheetCells() {
        #expect(SpreadsheetCell.neutralised("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(SpreadsheetCell.neutralised("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
        #expect(SpreadsheetCell.neutralised("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetCell.neutralised("-2+3") == "'-2+3")
        #expect(SpreadsheetCell.neutralised("\t=1") == "'\t=1")
        #expect(SpreadsheetCell.neutralised("-12.50") == "-12.50")
        #expect(SpreadsheetCell.neutralised("-1,234.56") == "-1,234.56")
        #expect(SpreadsheetCell.neutralised("Contoso Ltd") == "Contoso Ltd")
        #expect(SpreadsheetCell.neutralised("") == "")
    }

    @Test("a line-item export neutralises the service's text fields but not its own negative amounts")
    func lineItemExport() throws {
        var item = InvoiceLineItem()
        item.customerName = "=HYPERLINK(\"http://evil\",\"Contoso\")"
        item.productName = "@reservations"
        item.totalForCustomer = -9724.5
        item.currency = "USD"
        let row = LineItemCSV.row(item)
        #expect(row[LineItemCSV.header.firstIndex(of: "CustomerName")!] == "'=HYPERLINK(\"http://evil\",\"Contoso\")")
        #expect(row[LineItemCSV.header.firstIndex(of: "ProductName")!] == "'@reservations")
        #expect(row[LineItemCSV.header.firstIndex(of: "TotalForCustomer")!] == "-9724.5")
        #expect(row.count == LineItemCSV.header.count)
    }

    @Test("JSON output escapes C1 controls, DEL and bidi controls; a parser reads the same strings")
    func jsonEscapes() throws {
        let hostile = "a\u{9B}31mb\u{7F}c\u{202E}evil\u{2066}d\u{200F}e\u{85}f"
        let encoded = try JSONEncoder().encode(["name": hostile, "plain": "Ålandeilanden — Réunion 株式会社"])
        let escaped = InvisibleCharacters.escapedInJSON(encoded)
        let text = String(decoding: escaped, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { InvisibleCharacters.contains($0) }, "\(text)")
        #expect(text.contains(#"\u009B"#) && text.contains(#"\u202E"#) && text.contains(#"\u007F"#))
        #expect(text.contains("Ålandeilanden — Réunion 株式会社"), "other text is untouched")
        let decoded = try JSONDecoder().decode([String: String].self, from: escaped)
        #expect(decoded["name"] == hostile)
        let ascii = try JSONEncoder().encode(["a": "b"])
        #expect(InvisibleCharacters.escapedInJSON(ascii) == ascii)
    }

    @Test("an export is written 0600, not as the umask would have it")
    func exportMode() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("li.csv")
        try ExportFile.write(Data("x".utf8), to: file)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
    }
}
