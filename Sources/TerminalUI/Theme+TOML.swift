import Foundation
import TOMLKit

// MARK: - Reading and writing theme files

extension Theme {
    /// Reads a theme file.
    ///
    /// The theme's name is the file's `name` key, or the file name without `.toml`.
    /// - Throws: ``ThemeError`` naming the file and line when the file cannot be read, is not valid TOML,
    ///   or holds an unknown colour, attribute or key, or a value of the wrong type.
    public static func load(contentsOf url: URL) throws -> Theme {
        let fileName = url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(fileName: fileName, line: nil, message: "cannot read the theme file (\(url.path))")
        }
        return try parse(text, name: url.deletingPathExtension().lastPathComponent, fileName: fileName)
    }

    /// Parses theme TOML:
    ///
    /// ```toml
    /// name = "default"
    /// [roles]
    /// "border.focused" = { fg = "cyan", attrs = ["bold"] }
    /// "selection"      = { fg = "black", bg = "yellow" }
    /// ```
    ///
    /// Roles may also be nested tables (`[roles.border] fg = "white"` plus `focused = { … }`).
    /// - Parameters:
    ///   - toml: The file's text.
    ///   - name: The name used when the text has no `name` key.
    ///   - fileName: How errors name the source; defaults to `<name>.toml`.
    /// - Throws: ``ThemeError`` with the line of the problem.
    public static func parse(_ toml: String, name: String, fileName: String? = nil) throws -> Theme {
        let reader = ThemeReader(source: toml, fileName: fileName ?? "\(name).toml")
        return try reader.read(defaultName: name)
    }

    /// The theme as TOML in the format ``parse(_:name:fileName:)`` reads, roles sorted by name.
    public func tomlText(header: String? = nil) -> String {
        var lines: [String] = []
        if let header {
            lines += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
            lines.append("")
        }
        lines.append("name = \"\(name)\"")
        lines.append("")
        lines.append("[roles]")
        let keyWidth = styles.keys.map { $0.rawValue.count + 2 }.max() ?? 0
        for role in styles.keys.sorted() {
            let key = "\"\(role.rawValue)\"".padding(toLength: keyWidth, withPad: " ", startingAt: 0)
            lines.append("\(key) = \(Self.inlineTable(for: styles[role] ?? .plain))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func inlineTable(for style: Style) -> String {
        var fields: [String] = []
        if let foreground = style.foreground { fields.append("fg = \"\(foreground)\"") }
        if let background = style.background { fields.append("bg = \"\(background)\"") }
        if !style.attributes.isEmpty {
            let names = style.attributes.sorted().map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            fields.append("attrs = [\(names)]")
        }
        return fields.isEmpty ? "{}" : "{ " + fields.joined(separator: ", ") + " }"
    }
}

/// Turns TOMLKit's tables into a ``Theme`` and semantic problems into ``ThemeError``s with line numbers.
private struct ThemeReader {
    let source: String
    let fileName: String
    let locator: TOMLKeyLocator

    init(source: String, fileName: String) {
        self.source = source
        self.fileName = fileName
        self.locator = TOMLKeyLocator(source: source)
    }

    func read(defaultName: String) throws -> Theme {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(fileName: fileName, line: error.source.begin.line,
                             message: "not valid TOML: \(error.description)")
        }
        var errors: [ThemeError] = []
        var name = defaultName
        var styles: [StyleRole: Style] = [:]
        for key in root.keys {
            guard let value = root[key] else { continue }
            switch key {
            case "name":
                if let text = value.string, !text.isEmpty {
                    name = text
                } else {
                    errors.append(fail("name must be a non-empty string, found \(value.type)",
                                       line: locator.line(ofKey: "name", inTable: [])))
                }
            case "description":
                if value.string == nil {
                    errors.append(fail("description must be a string, found \(value.type)",
                                       line: locator.line(ofKey: "description", inTable: [])))
                }
            case "roles":
                guard let table = value.table else {
                    errors.append(fail("roles must be a table ([roles]), found \(value.type)",
                                       line: locator.line(ofKey: "roles", inTable: [])))
                    continue
                }
                readRoles(table, path: [], into: &styles, errors: &errors)
            default:
                errors.append(fail("unknown key \"\(key)\"; a theme has name, description and [roles]",
                                   line: locator.line(ofKey: key, inTable: [])))
            }
        }
        // Report the first problem in file order, as a person reads the file.
        if let first = errors.min(by: { ($0.line ?? Int.max) < ($1.line ?? Int.max) }) { throw first }
        return Theme(name: name, styles: styles)
    }

    /// Reads a `[roles]` table; a sub-table whose keys are not style fields defines dotted sub-roles.
    private func readRoles(
        _ table: TOMLTable, path: [String], into styles: inout [StyleRole: Style], errors: inout [ThemeError]
    ) {
        for key in table.keys {
            guard let value = table[key] else { continue }
            readRole(key: key, value: value, path: path, into: &styles, errors: &errors)
        }
    }

    /// Reads one role entry at `path + [key]`, then any nested sub-roles inside it.
    private func readRole(
        key: String, value: any TOMLValueConvertible, path: [String], into styles: inout [StyleRole: Style],
        errors: inout [ThemeError]
    ) {
        let rolePath = path + [key]
        let role = StyleRole(rawValue: rolePath.joined(separator: "."))
        let roleLine = locator.line(ofKey: key, inTable: ["roles"] + path)
        guard let entry = value.table else {
            errors.append(fail(
                "role \"\(role)\" must be a table like { fg = \"cyan\", attrs = [\"bold\"] }, found \(value.type)",
                line: roleLine))
            return
        }
        var style = Style()
        var hasFields = false
        var subRoles: [(String, any TOMLValueConvertible)] = []
        for field in entry.keys {
            guard let fieldValue = entry[field] else { continue }
            let line = locator.line(ofKey: field, inTable: ["roles"] + rolePath) ?? roleLine
            do {
                switch field {
                case "fg":
                    style.foreground = try readColor(fieldValue, field: field, role: role, line: line)
                    hasFields = true
                case "bg":
                    style.background = try readColor(fieldValue, field: field, role: role, line: line)
                    hasFields = true
                case "attrs":
                    style.attributes = try readAttributes(fieldValue, role: role, line: line)
                    hasFields = true
                default:
                    guard fieldValue.table != nil else {
                        throw fail("unknown key \"\(field)\" in role \"\(role)\"; expected fg, bg or attrs", line: line)
                    }
                    subRoles.append((field, fieldValue))
                }
            } catch let error as ThemeError {
                errors.append(error)
            } catch {
                errors.append(fail("\(error)", line: line))
            }
        }
        // `[roles.border]` holding only `focused = {…}` defines border.focused, not an empty border style.
        if hasFields || subRoles.isEmpty { styles[role] = style }
        for (subKey, subValue) in subRoles {
            readRole(key: subKey, value: subValue, path: rolePath, into: &styles, errors: &errors)
        }
    }

    private func readColor(_ value: any TOMLValueConvertible, field: String, role: StyleRole, line: Int?) throws
        -> ThemeColor
    {
        if let number = value.int {
            guard let index = UInt8(exactly: number) else {
                throw fail("\(field) of role \"\(role)\" is \(number); colour numbers are 0–255", line: line)
            }
            return .index(index)
        }
        guard let name = value.string else {
            throw fail("\(field) of role \"\(role)\" must be a colour name or a number 0–255, found \(value.type)",
                       line: line)
        }
        guard let color = ThemeColor(name: name) else {
            let names = (["default"] + NamedColor.allCases.map(\.rawValue)).joined(separator: ", ")
            throw fail("unknown colour \"\(name)\" for \(field) of role \"\(role)\"; expected \(names) or a number 0–255",
                       line: line)
        }
        return color
    }

    private func readAttributes(_ value: any TOMLValueConvertible, role: StyleRole, line: Int?) throws
        -> Set<TextAttribute>
    {
        let expected = TextAttribute.allCases.map(\.rawValue).joined(separator: ", ")
        guard let array = value.array else {
            throw fail("attrs of role \"\(role)\" must be an array such as [\"bold\"], found \(value.type)",
                       line: line)
        }
        var attributes = Set<TextAttribute>()
        for element in array {
            guard let name = element.string else {
                throw fail("attrs of role \"\(role)\" must hold attribute names, found \(element.type)", line: line)
            }
            guard let attribute = TextAttribute(rawValue: name.lowercased()) else {
                throw fail("unknown attribute \"\(name)\" in role \"\(role)\"; expected \(expected)", line: line)
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private func fail(_ message: String, line: Int?) -> ThemeError {
        ThemeError(fileName: fileName, line: line, message: message)
    }
}
