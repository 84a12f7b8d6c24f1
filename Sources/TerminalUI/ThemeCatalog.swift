import Foundation

/// Finds themes by name: `<directory>/<name>.toml` in each directory in order, then the built-in themes.
///
/// ```swift
/// let catalog = ThemeCatalog(directories: [userThemes, bundledThemes])
/// let theme = try catalog.load(named: options.theme ?? "default")
/// ```
public struct ThemeCatalog: Hashable, Sendable {
    /// Directories searched, first match wins (user themes before shipped ones).
    public var directories: [URL]

    /// Creates a catalog over `directories`.
    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The file for theme `name`, if one exists in the directories.
    public func url(forTheme name: String) -> URL? {
        guard Self.isValidName(name) else { return nil }
        for directory in directories {
            let candidate = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Every theme name available: files in the directories plus the built-in ones, sorted, without duplicates.
    public func availableThemeNames() -> [String] {
        var names = Set(Theme.builtIn.keys)
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(".toml".count)))
            }
        }
        return names.sorted()
    }

    /// Loads theme `name` from the first directory that has it, else the built-in theme of that name.
    ///
    /// - Throws: ``ThemeError`` when the file is invalid, or when no theme has that name (the message
    ///   lists the available ones).
    public func load(named name: String) throws -> Theme {
        if let url = url(forTheme: name) { return try Theme.load(contentsOf: url) }
        if let theme = Theme.builtIn[name] { return theme }
        throw ThemeError(
            fileName: "\(name).toml", line: nil,
            message: "no theme named \"\(name)\"; available: \(availableThemeNames().joined(separator: ", "))")
    }

    /// Theme names are file base names: no path separators, not empty, not hidden.
    private static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
    }
}
