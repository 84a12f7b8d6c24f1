import Foundation
import Testing

/// `~` in a typed export path is `$HOME`, as the shell reads it, even when that is not the account's home.
@Suite(.serialized)
struct ExportPathEndToEndTests {
    @Test("with HOME set to another folder, exporting line items to ~/li.csv writes under that folder")
    func tildeIsHome() throws {
        let otherHome = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-home-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: otherHome, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: otherHome) }
        let session = try TmuxSession(width: 120, height: 40, environment: ["HOME": otherHome.path])
        try session.waitFor("customers loaded", timeout: 30)
        try session.press("B")
        try session.waitUntil(description: "invoices loaded", timeout: 30) { $0.range(of: #" \d+ invoices\n"#, options: .regularExpression) != nil }
        try session.press("G", "Enter")  // the oldest invoice: closed, with line items
        try session.waitUntil(description: "line items loaded", timeout: 30) {
            $0.range(of: #"\d+ line items? of G"#, options: .regularExpression) != nil
        }
        try session.press("x")
        try session.waitUntil(description: "the export prompt") { $0.contains("Export ") }
        try session.press("C-u")
        try session.type("~/li.csv")
        try session.press("Enter")
        let screen = try session.waitFor("Wrote ", timeout: 30)
        let written = otherHome.appendingPathComponent("li.csv")
        #expect(FileManager.default.fileExists(atPath: written.path), "written under $HOME:\n\(screen)")
        #expect(screen.contains(written.path), "the status names where it went:\n\(screen)")
    }
}
