import ArgumentParser

/// How a subcommand prints its result: `--output table|json|csv`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Aligned columns that fit the terminal width (the default).
    case table
    /// One JSON document per call (an array for lists), keys sorted.
    case json
    /// RFC 4180 CSV with a header row, UTF-8.
    case csv
}
