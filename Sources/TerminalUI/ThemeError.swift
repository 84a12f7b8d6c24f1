/// A theme file that could not be used, with the file, the line and what is wrong.
///
/// `description` reads like a compiler diagnostic: `light.toml:12: unknown colour "cyn" for fg of role
/// "border.focused"; expected default, black, red, …, bright-white or a number 0–255`.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name (or the theme name when parsing text that has no file).
    public var fileName: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(fileName: String, line: Int?, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }

    /// `file:line: message` (or `file: message` without a line).
    public var description: String {
        if let line { return "\(fileName):\(line): \(message)" }
        return "\(fileName): \(message)"
    }
}
