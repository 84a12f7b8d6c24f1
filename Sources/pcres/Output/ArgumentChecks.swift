import ArgumentParser

/// Checks of argument values shared by several subcommands (usage errors, exit code 2).
enum ArgumentChecks {
    /// A two-letter ISO country code such as `US`; returned upper-cased.
    static func country(_ value: String, option: String = "--country") throws -> String {
        let letters = value.unicodeScalars
        guard letters.count == 2, letters.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else {
            throw ValidationError("\(option) must be a two-letter country code such as US, not \"\(TerminalText.sanitize(value))\".")
        }
        return value.uppercased()
    }

    /// A non-empty identifier without slashes or control characters.
    static func identifier(_ value: String, name: String) throws {
        guard !value.isEmpty, !value.contains("/"), TerminalText.sanitize(value) == value, !value.contains(" ") else {
            throw ValidationError("\(name) \"\(TerminalText.sanitize(value))\" is not a valid ID.")
        }
    }
}
