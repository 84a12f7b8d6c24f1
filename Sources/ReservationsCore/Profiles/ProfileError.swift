/// A mistake in profiles.toml, a missing secret, or an unknown profile name. Says which file and line when
/// it comes from the file, and never holds a secret.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name, e.g. `profiles.toml`, when the error is about its contents.
    public var fileName: String?
    /// The 1-based line of the problem, when known.
    public var line: Int?
    public var message: String

    public init(fileName: String? = nil, line: Int? = nil, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }

    /// `profiles.toml:7: message`, `profiles.toml: message` or just the message.
    public var description: String {
        switch (fileName, line) {
        case (let file?, let line?): "\(file):\(line): \(message)"
        case (let file?, nil): "\(file): \(message)"
        default: message
        }
    }
}
