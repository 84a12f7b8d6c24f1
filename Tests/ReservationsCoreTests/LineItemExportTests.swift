import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// Line items as RFC 4180 CSV, and files written through a temporary file.
struct LineItemExportTests {
    static func item(_ name: String, order: String, total: Double) -> InvoiceLineItem {
        var item = InvoiceLineItem()
        item.customerName = name
        item.orderId = order
        item.quantity = 2
        item.totalForCustomer = Decimal(printedDigitsOf: total)
        item.currency = "EUR"
        return item
    }

    @Test("a header row, CRLF line ends, UTF-8, and quotes around commas, quotes and line breaks")
    func csv() throws {
        let data = try LineItemCSV.data([
            Self.item("Müller, \"Maschinen\" GmbH", order: "ORD-1", total: 820.5), Self.item("株式会社テスト", order: "ORD-2", total: 100),
        ])
        let text = try #require(String(data: data, encoding: .utf8))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 4)  // header, two rows, and the empty string after the last CRLF
        #expect(lines[0] == LineItemCSV.header.joined(separator: ","))
        #expect(lines[1].contains("\"Müller, \"\"Maschinen\"\" GmbH\",ORD-1"))
        #expect(lines[1].contains(",2,,,,820.5,EUR,"))
        #expect(lines[2].contains(",株式会社テスト,ORD-2,"))
        #expect(lines[3] == "")
    }

    @Test("the file appears only whole, replaces an existing one, and leaves no temporary file behind")
    func write() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lines.csv")
        #expect(try ExportFile.write(Data("old".utf8), to: file) == 3)
        #expect(try ExportFile.write(Data("newer".utf8), to: file) == 5)
        #expect(try String(contentsOf: file, encoding: .utf8) == "newer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lines.csv"])
    }

    @Test("a missing folder is one readable message")
    func missingFolder() {
        let file = URL(fileURLWithPath: "/nonexistent-pcres-folder/lines.csv")
        #expect(throws: ExportFileError(message: "The folder /nonexistent-pcres-folder does not exist")) {
            try ExportFile.write(Data("x".utf8), to: file)
        }
    }
}
