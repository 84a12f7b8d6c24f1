import Foundation
import Testing
import TerminalUI

/// Checks the shipped `themes/*.toml` files.
struct ThemeFileTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    static let shippedNames = ["default", "light", "high-contrast", "mono"]

    @Test("every shipped theme parses and styles every standard role", arguments: shippedNames)
    func coversAllRoles(name: String) throws {
        let theme = try Theme.load(contentsOf: Self.themesDirectory.appendingPathComponent("\(name).toml"))
        #expect(theme.name == name)
        #expect(theme.missingStandardRoles == [])
    }

    @Test("the built-in default and mono themes equal their files")
    func builtInsMatchFiles() throws {
        let catalog = ThemeCatalog(directories: [Self.themesDirectory])
        #expect(try catalog.load(named: "default") == Theme.default)
        #expect(try catalog.load(named: "mono") == Theme.mono)
    }

    @Test("the mono file uses attributes only")
    func monoHasNoColors() throws {
        let theme = try Theme.load(contentsOf: Self.themesDirectory.appendingPathComponent("mono.toml"))
        #expect(!theme.usesColors)
    }

    @Test("the catalog lists files and built-ins, prefers files, and explains unknown names")
    func catalog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name = \"mono\"\n[roles]\nselection = { attrs = [\"underline\"] }\n"
            .write(to: directory.appendingPathComponent("mono.toml"), atomically: true, encoding: .utf8)
        try "[roles]\ntext = {}\n".write(to: directory.appendingPathComponent("solar.toml"), atomically: true,
                                         encoding: .utf8)
        let catalog = ThemeCatalog(directories: [directory])
        #expect(catalog.availableThemeNames() == ["default", "mono", "solar"])
        #expect(try catalog.load(named: "mono").style(for: .selection).attributes == [.underline])
        #expect(try catalog.load(named: "solar").name == "solar")
        #expect(try catalog.load(named: "default") == Theme.default)  // built in, no file needed
        #expect(catalog.url(forTheme: "../etc/passwd") == nil)
        let error = try #require(throws: ThemeError.self) { try catalog.load(named: "neon") }
        #expect(error.message.contains("no theme named \"neon\"; available: default, mono, solar"))
    }
}
