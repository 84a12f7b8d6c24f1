/// Why an export could not be written, as one readable line.
public struct ExportFileError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}
