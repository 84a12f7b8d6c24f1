import Foundation

/// Keeps the cart draft in one JSON file (`cart-draft.json` in the data folder), replaced atomically on each save.
///
/// A file that cannot be read as a draft is moved aside (`cart-draft.json.corrupt-<time>`) and reported, never
/// silently dropped or overwritten.
public struct CartDraftStore: Sendable {
    /// What loading found.
    public enum Loaded: Equatable, Sendable {
        case none
        case draft(CartDraft)
        /// The file was unreadable and now sits at `movedTo`.
        case movedAside(movedTo: String, reason: String)
    }

    public let file: URL

    public init(file: URL) { self.file = file }

    public init(paths: AppPaths) { self.init(file: paths.data.appendingPathComponent("cart-draft.json")) }

    public func load(now: Date = Date()) -> Loaded {
        guard let data = try? Data(contentsOf: file) else { return .none }
        do {
            return .draft(try JSONDecoder().decode(CartDraft.self, from: data))
        } catch {
            let stamp = Int(now.timeIntervalSince1970)
            let aside = file.deletingLastPathComponent().appendingPathComponent("\(file.lastPathComponent).corrupt-\(stamp)")
            do {
                try FileManager.default.moveItem(at: file, to: aside)
            } catch {
                return .movedAside(movedTo: file.path, reason: "unreadable and could not be moved aside: \(error.localizedDescription)")
            }
            return .movedAside(movedTo: aside.path, reason: "not a cart draft (\(Self.describe(error)))")
        }
    }

    /// Writes `draft`, or removes the file when `draft` is nil or empty.
    public func save(_ draft: CartDraft?) throws {
        guard let draft, !draft.lines.isEmpty else {
            if FileManager.default.fileExists(atPath: file.path) { try FileManager.default.removeItem(at: file) }
            return
        }
        try LocalFileTrust.prepareFolder(file.deletingLastPathComponent())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(draft)
        // Write then rename, so a kill mid-write leaves the previous draft, not half a file.
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        try LocalFileTrust.restrictToOwner(temporary)  // the attribute above passes through the umask
        // rename(2) replaces the old file atomically.
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path, NSLocalizedDescriptionKey: reason])
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: "not valid JSON"
        case DecodingError.keyNotFound(let key, _): "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: String(describing: type(of: error))
        }
    }
}
