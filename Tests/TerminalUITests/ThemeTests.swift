import Foundation
import Testing
import TerminalUI

struct ThemeTests {
    @Test("lookups fall back by dropping dotted components, then to text")
    func fallback() {
        let theme = Theme(name: "t", styles: [
            .text: Style(foreground: .named(.white)),
            .border: Style(foreground: .named(.blue)),
            "status.error": Style(attributes: [.bold]),
        ])
        #expect(theme.style(for: .borderFocused).foreground == .named(.blue))
        #expect(theme.style(for: "status.error.detail").attributes == [.bold])
        #expect(theme.style(for: .statusInfo).foreground == .named(.white))  // status.info → status → text
        #expect(Theme(name: "empty", styles: [:]).style(for: .selection) == .plain)
        #expect(StyleRole("a.b.c").fallbackChain == ["a.b.c", "a.b", "a", "text"])
    }

    @Test("the built-in themes style every standard role, and mono uses no colour")
    func builtIns() {
        #expect(Theme.default.missingStandardRoles.isEmpty)
        #expect(Theme.mono.missingStandardRoles.isEmpty)
        #expect(!Theme.mono.usesColors)
        #expect(Theme.mono.style(for: .selection).attributes.contains(.reverse))
        #expect(Theme.mono.style(for: .statusError).attributes == [.bold, .underline])
        // The header bar is reversed in mono: a badge must differ from it and from the other badge.
        let bar = Theme.mono.style(for: .headerBar)
        let sandbox = Theme.mono.style(for: .badgeSandbox)
        let live = Theme.mono.style(for: .badgeLive)
        #expect(sandbox != bar && live != bar && sandbox != live)
        #expect(sandbox.attributes.contains(.bold) && live.attributes == [.bold, .underline])
        #expect(Theme.mono.style(for: .borderFocused).attributes.contains(.bold))
        // Meaning must not depend on colour alone: focused and unfocused selection differ in mono.
        #expect(Theme.mono.style(for: .selection) != Theme.mono.style(for: .selectionUnfocused))
    }

    @Test("parses inline role tables with colours, indices and attributes")
    func parse() throws {
        let theme = try Theme.parse("""
            name = "ocean"
            [roles]
            "border.focused" = { fg = "cyan", attrs = ["bold"] }
            "selection"      = { fg = "black", bg = "yellow" }
            price = { fg = 208 }
            dim = { fg = "bright-black", attrs = ["dim", "italic"] }
            text = {}
            """, name: "file-name")
        #expect(theme.name == "ocean")
        #expect(theme.style(for: .borderFocused) == Style(foreground: .named(.cyan), attributes: [.bold]))
        #expect(theme.style(for: .selection) == Style(foreground: .named(.black), background: .named(.yellow)))
        #expect(theme.style(for: .price).foreground == .index(208))
        #expect(theme.style(for: .dim).attributes == [.dim, .italic])
        #expect(theme.styles[.text] == .plain)
    }

    @Test("nested role tables define dotted roles")
    func nestedTables() throws {
        let theme = try Theme.parse("""
            [roles.border]
            fg = "white"
            focused = { fg = "cyan" }

            [roles.status]
            error = { fg = "red" }
            """, name: "nested")
        #expect(theme.name == "nested")
        #expect(theme.styles[.border] == Style(foreground: .named(.white)))
        #expect(theme.styles[.borderFocused] == Style(foreground: .named(.cyan)))
        #expect(theme.styles[.statusError] == Style(foreground: .named(.red)))
        #expect(theme.styles["status"] == nil)  // only a container for sub-roles
    }

    @Test("colour names accept aliases and numbers")
    func colorNames() {
        #expect(ThemeColor(name: "brightRed") == .named(.brightRed))
        #expect(ThemeColor(name: "bright_red") == .named(.brightRed))
        #expect(ThemeColor(name: "Grey") == .named(.brightBlack))
        #expect(ThemeColor(name: "color33") == .index(33))
        #expect(ThemeColor(name: "default") == .default)
        #expect(ThemeColor(name: "256") == nil)
        #expect(ThemeColor(name: "cyann") == nil)
    }

    @Test("tomlText round-trips through parse")
    func roundTrip() throws {
        for theme in [Theme.default, Theme.mono] {
            #expect(try Theme.parse(theme.tomlText(header: "generated"), name: "x") == theme)
        }
    }
}

struct ThemeErrorTests {
    private func themeError(for toml: String) -> ThemeError? {
        do {
            _ = try Theme.parse(toml, name: "broken")
            return nil
        } catch {
            return error as? ThemeError
        }
    }

    @Test("a TOML syntax error names the file and the line")
    func syntax() throws {
        let error = try #require(themeError(for: """
            name = "x"
            [roles]
            border = { fg = "cyan"
            """))
        #expect(error.fileName == "broken.toml")
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("broken.toml:3: not valid TOML"))
    }

    @Test("an unknown colour names the line, the role and the valid names")
    func unknownColor() throws {
        let error = try #require(themeError(for: """
            name = "x"

            [roles]
            text = {}
            "border.focused" = { fg = "cyann", attrs = ["bold"] }
            """))
        #expect(error.line == 5)
        #expect(error.message.contains("unknown colour \"cyann\" for fg of role \"border.focused\""))
        #expect(error.message.contains("bright-white"))
    }

    @Test("an unknown attribute names its line in a multi-line table")
    func unknownAttribute() throws {
        let error = try #require(themeError(for: """
            [roles.selection]
            fg = "black"
            attrs = ["bold", "blinking"]
            """))
        #expect(error.line == 3)
        #expect(error.message.contains("unknown attribute \"blinking\" in role \"selection\""))
    }

    @Test("a quoted table header locates keys below it")
    func quotedHeader() throws {
        let error = try #require(themeError(for: """
            name = "x"
            [roles."status.error"]
            attrs = ["bold"]
            fg = "rd"
            """))
        #expect(error.line == 4)
        #expect(error.message.contains("\"rd\" for fg of role \"status.error\""))
    }

    @Test("wrong value types are reported with the expected shape")
    func wrongTypes() throws {
        let notTable = try #require(themeError(for: "[roles]\n\nborder = \"cyan\"\n"))
        #expect(notTable.line == 3)
        #expect(notTable.message.contains("must be a table"))

        let badAttrs = try #require(themeError(for: "[roles]\nheader = { attrs = \"bold\" }\n"))
        #expect(badAttrs.line == 2)
        #expect(badAttrs.message.contains("must be an array"))

        let badColor = try #require(themeError(for: "[roles]\nprice = { fg = true }\n"))
        #expect(badColor.message.contains("must be a colour name or a number"))

        let outOfRange = try #require(themeError(for: "[roles]\nprice = { fg = 300 }\n"))
        #expect(outOfRange.message.contains("0–255"))

        let badName = try #require(themeError(for: "name = 3\n"))
        #expect(badName.line == 1)
    }

    @Test("unknown keys are errors, reported at the first one in file order")
    func unknownKeys() throws {
        let error = try #require(themeError(for: """
            name = "x"
            [roles]
            text = { fg = "white", colour = "red" }
            zzz = { fg = "nope" }
            """))
        #expect(error.line == 3)
        #expect(error.message.contains("unknown key \"colour\" in role \"text\""))

        let topLevel = try #require(themeError(for: "name = \"x\"\ncolours = 3\n"))
        #expect(topLevel.line == 2)
    }

    @Test("loading a missing file is an error that names it")
    func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/dir/nope.toml")
        let error = try #require(throws: ThemeError.self) { try Theme.load(contentsOf: url) }
        #expect(error.fileName == "nope.toml")
        #expect(error.line == nil)
        #expect(error.description.hasPrefix("nope.toml: cannot read"))
    }
}
