/// The sandbox database could not be opened or used.
public struct SandboxStoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public var description: String { "sandbox database \(path): \(reason)" }
}
