import Foundation
import Testing
import TestSupport

struct SnapshotTests {
    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("snapshots-\(UUID().uuidString)")
    }

    @Test("a missing snapshot is recorded and the run still fails")
    func recordsMissing() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: SnapshotError.self) {
            try assertSnapshot("line one\nline two", named: "new-case", in: directory, record: false)
        }
        #expect(error.kind == .recorded)
        #expect(error.description.contains("was missing and has been recorded"))
        let stored = try String(contentsOf: directory.appendingPathComponent("new-case.txt"), encoding: .utf8)
        #expect(stored == "line one\nline two\n")
        // The second run compares against the recorded file and passes.
        try assertSnapshot("line one\nline two", named: "new-case", in: directory, record: false)
    }

    @Test("a mismatch throws a readable line diff and leaves the file alone")
    func mismatch() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try? assertSnapshot("a\nb\nc\nd", named: "case", in: directory, record: false)
        let error = try #require(throws: SnapshotError.self) {
            try assertSnapshot("a\nB\nc\nd", named: "case", in: directory, record: false)
        }
        #expect(error.kind == .mismatch)
        #expect(error.description.contains("does not match"))
        #expect(error.description.contains("RECORD_SNAPSHOTS=1"))
        #expect(error.description.contains("- |b|\n+ |B|"))
        #expect(error.description.contains("  |a|"))
        let stored = try String(contentsOf: directory.appendingPathComponent("case.txt"), encoding: .utf8)
        #expect(stored == "a\nb\nc\nd\n")
    }

    @Test("recording overwrites an existing snapshot and still fails")
    func rerecord() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try? assertSnapshot("old", named: "case", in: directory, record: false)
        let error = try #require(throws: SnapshotError.self) {
            try assertSnapshot("new", named: "case", in: directory, record: true)
        }
        #expect(error.kind == .recorded)
        #expect(error.description.contains("re-recorded"))
        try assertSnapshot("new", named: "case", in: directory, record: false)
    }

    @Test("a trailing-space difference is visible in the diff")
    func trailingSpace() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try? assertSnapshot("x", named: "case", in: directory, record: false)
        let error = try #require(throws: SnapshotError.self) {
            try assertSnapshot("x ", named: "case", in: directory, record: false)
        }
        #expect(error.description.contains("+ |x |"))
    }
}

struct LineDiffTests {
    @Test("the diff aligns unchanged lines and marks removals and additions")
    func alignment() {
        let lines = LineDiff.lines(expected: ["a", "b", "c"], actual: ["a", "c", "d"])
        #expect(lines == [.same("a"), .removed("b"), .same("c"), .added("d")])
    }

    @Test("far-apart changes are shown with context and a gap marker")
    func context() {
        let expected = (1...20).map(String.init).joined(separator: "\n")
        let actual = expected.replacingOccurrences(of: "\n3\n", with: "\nthree\n")
            .replacingOccurrences(of: "\n18\n", with: "\neighteen\n")
        let diff = LineDiff.render(expected: expected, actual: actual, context: 1)
        #expect(diff == """
            --- expected
            +++ actual
              |2|
            - |3|
            + |three|
              |4|
              …
              |17|
            - |18|
            + |eighteen|
              |19|
            """)
        #expect(LineDiff.render(expected: "same", actual: "same").isEmpty)
    }
}
