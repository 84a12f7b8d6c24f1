/// A line-by-line diff for snapshot failures: `-` lines are expected (the file), `+` lines are actual.
public enum LineDiff {
    /// One line of a diff.
    public enum Line: Hashable, Sendable {
        /// In both texts.
        case same(String)
        /// Only in the expected text.
        case removed(String)
        /// Only in the actual text.
        case added(String)
    }

    /// The lines of both texts aligned by their longest common subsequence.
    public static func lines(expected: [String], actual: [String]) -> [Line] {
        let n = expected.count
        let m = actual.count
        // lengths[i][j]: LCS length of expected[i...] and actual[j...]. Snapshots are small (a screen).
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = expected[i] == actual[j]
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                result.append(.same(expected[i]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                result.append(.removed(expected[i]))  // removals first, as `diff -u` shows them
                i += 1
            } else {
                result.append(.added(actual[j]))
                j += 1
            }
        }
        return result
    }

    /// A readable diff of two texts: changed lines with `context` unchanged lines around them, `-` for
    /// expected, `+` for actual, `…` where unchanged lines were skipped. Empty when the texts are equal.
    /// Lines are shown between `|` bars so trailing spaces are visible.
    public static func render(expected: String, actual: String, context: Int = 2) -> String {
        let diff = lines(expected: split(expected), actual: split(actual))
        let changed = diff.indices.filter { if case .same = diff[$0] { false } else { true } }
        guard !changed.isEmpty else { return "" }
        var shown = Set<Int>()
        for index in changed {
            for near in max(0, index - context)...min(diff.count - 1, index + context) { shown.insert(near) }
        }
        var output = ["--- expected", "+++ actual"]
        var previous: Int?
        for index in shown.sorted() {
            if let previous, index > previous + 1 { output.append("  …") }
            switch diff[index] {
            case .same(let text): output.append("  |\(text)|")
            case .removed(let text): output.append("- |\(text)|")
            case .added(let text): output.append("+ |\(text)|")
            }
            previous = index
        }
        return output.joined(separator: "\n")
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
