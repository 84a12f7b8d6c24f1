import Foundation

/// Prints results to stdout and failures to stderr in the chosen format.
struct OutputPrinter {
    var format: OutputFormat
    var width: Int = TerminalText.width()

    func print(_ listing: Listing) throws {
        switch format {
        case .json:
            var data = listing.json
            data.append(0x0A)
            Self.write(data, to: .standardOutput)
        case .csv:
            Self.write(try listing.csv ?? CSVRenderer.render(columns: listing.columns, rows: listing.rows), to: .standardOutput)
        case .table:
            var lines = TableRenderer.render(columns: listing.columns, rows: listing.rows, width: width)
            if let note = listing.note { lines.append(TerminalText.sanitize(note)) }
            Self.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: .standardOutput)
        }
    }

    /// One line on stderr, or `{"error": {…}}` with `--output json`.
    func report(_ failure: CLIFailure) {
        let message = TerminalText.sanitize(failure.message)
        switch format {
        case .json:
            var shown = failure
            shown.message = message
            let body = ErrorDocument(error: shown)
            var data = (try? JSONOutput.encode(body, pretty: false)) ?? Data("{\"error\":{}}".utf8)
            data.append(0x0A)
            Self.write(data, to: .standardError)
        case .table, .csv:
            Self.write(Data("pcres: \(message)\n".utf8), to: .standardError)
        }
    }

    /// Writes all of `data`. A reader that went away (`pcres … | head`) ends the run quietly with 141, the
    /// status a shell gives a command killed by SIGPIPE (the Swift runtime ignores SIGPIPE, so the write fails
    /// with EPIPE instead); other write failures on stdout are reported once on stderr. Foundation's
    /// `write(_:)` would stop the process with a crash report in both cases.
    static func write(_ data: Data, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            guard handle === FileHandle.standardOutput else { return }
            if (error as NSError).underlyingPOSIXCode == EPIPE { exit(141) }
            try? FileHandle.standardError.write(contentsOf: Data("pcres: cannot write the output: \(error.localizedDescription)\n".utf8))
            exit(1)
        }
    }

    /// The JSON shape of a failure.
    struct ErrorDocument: Encodable {
        var error: CLIFailure
    }
}

private extension NSError {
    /// The errno behind a Foundation file error (its `NSUnderlyingError` in the POSIX domain).
    var underlyingPOSIXCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.underlyingPOSIXCode
    }
}
