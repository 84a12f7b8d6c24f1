import Foundation

/// A small but valid PDF statement (one or more pages of Helvetica text), readable by `pdftotext`.
///
/// No PDF library is available to the project, and a statement is plain text on pages: the objects,
/// the cross-reference table and the trailer are written directly, with byte offsets counted exactly.
struct StatementPDF {
    var title: String
    var lines: [String]

    static let linesPerPage = 52

    func render() -> Data {
        let pages = stride(from: 0, to: max(lines.count, 1), by: Self.linesPerPage).map {
            Array(lines[min($0, lines.count)..<min($0 + Self.linesPerPage, lines.count)])
        }
        // Object numbers: 1 catalog, 2 pages, 3 font, then a page and its content stream per page.
        var objects: [String] = []
        let pageObjectNumbers = pages.indices.map { 4 + $0 * 2 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageObjectNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for (index, pageLines) in pages.enumerated() {
            var stream = "BT /F1 14 Tf 50 800 Td (\(Self.escape(title))) Tj ET\n"
            stream += "BT /F1 9 Tf 50 780 Td 12 TL\n"
            for line in pageLines { stream += "(\(Self.escape(line))) Tj T*\n" }
            stream += "ET\nBT /F1 8 Tf 50 30 Td (Page \(index + 1) of \(pages.count)) Tj ET\n"
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(pageObjectNumbers[index] + 1) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
        }
        var output = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"
        var data = Data(output.utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(data.count)
            data.append(Data("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = data.count
        output = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(output.utf8))
        return data
    }

    /// PDF string escaping; characters outside Latin-1 become `?` because the built-in font cannot show them.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "(": result += "\\("
            case ")": result += "\\)"
            case _ where scalar.value < 0x20: result += " "
            case _ where scalar.value < 0x7F: result.unicodeScalars.append(scalar)
            default: result += "?"
            }
        }
        return result
    }
}
