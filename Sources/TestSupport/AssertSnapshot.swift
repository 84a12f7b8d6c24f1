import Foundation

/// Compares `text` with the snapshot file `__Snapshots__/<TestFileBaseName>/<name>.txt` next to the
/// calling test file.
///
/// When the file is missing, or the environment has `RECORD_SNAPSHOTS=1`, the text is written and the
/// call still throws, so that run fails and someone reviews the new file. Otherwise a difference throws a
/// ``SnapshotError`` whose description holds a `-`/`+` line diff.
///
/// ```swift
/// @Test("cart pane lists reservations") func twoLines() throws {
///     try assertSnapshot(grid.plainText(), named: "cart-two-lines")
/// }
/// ```
/// - Parameters:
///   - text: The actual text, usually `CellGrid.plainText()`.
///   - name: The case name, used as the file name (`<name>.txt`).
///   - filePath: The calling test file; leave the default.
/// - Throws: ``SnapshotError``.
public func assertSnapshot(_ text: String, named name: String, filePath: StaticString = #filePath) throws {
    let testFile = URL(fileURLWithPath: "\(filePath)")
    let directory = testFile.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    try assertSnapshot(text, named: name, in: directory)
}

/// Compares `text` with `<directory>/<name>.txt`; the same rules as the `#filePath` form.
///
/// - Parameters:
///   - text: The actual text.
///   - name: The case name.
///   - directory: Where the snapshot files of this suite live; created when recording.
///   - record: Whether to re-record; defaults to `RECORD_SNAPSHOTS=1` in the environment.
/// - Throws: ``SnapshotError``.
public func assertSnapshot(
    _ text: String, named name: String, in directory: URL,
    record: Bool = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
) throws {
    let file = directory.appendingPathComponent("\(name).txt")
    let stored = try? String(contentsOf: file, encoding: .utf8)
    guard let stored, !record else {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: file, options: .atomic)
        } catch {
            throw SnapshotError(kind: .io, path: file.path, message: "Could not write snapshot \(file.path): \(error)")
        }
        let reason = stored == nil ? "was missing and has been recorded" : "has been re-recorded (RECORD_SNAPSHOTS=1)"
        throw SnapshotError(
            kind: .recorded, path: file.path,
            message: "Snapshot \"\(name)\" \(reason) at \(file.path). Review it, then run the tests again.")
    }
    // Files end with one newline (editors add it); the text itself does not.
    let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
    guard expected != text else { return }
    throw SnapshotError(
        kind: .mismatch, path: file.path,
        message: """
            Snapshot "\(name)" does not match \(file.path)
            (if the change is intended, re-record with RECORD_SNAPSHOTS=1 and review the diff)
            \(LineDiff.render(expected: expected, actual: text))
            """)
}
