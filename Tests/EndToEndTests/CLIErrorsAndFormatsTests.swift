import Foundation
import Testing

/// Exit codes, one-line messages, JSON errors, CSV and table width of the scriptable subcommands.
@Suite(.serialized)
struct CLIErrorsAndFormatsTests {
    static let unknownCustomer = "00000000-0000-4000-8000-00000000dead"

    static func expectOneLine(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.hasPrefix("pcres: "), "stderr: \(text)", sourceLocation: sourceLocation)
        #expect(text.hasSuffix("\n") && text.dropLast().contains("\n") == false, "one line: \(text)", sourceLocation: sourceLocation)
    }

    @Test("an unknown customer exits 3 with one line on stderr and nothing on stdout")
    func unknownCustomer() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["customers", "show", Self.unknownCustomer])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        Self.expectOneLine(result.stderr)
        let subscriptions = try cli.run(["subscriptions", "list", Self.unknownCustomer])
        #expect(subscriptions.status == 3)
    }

    @Test("a reader that goes away (pcres … | true) ends the run quietly with 141, no crash report on stderr")
    func closedPipe() throws {
        let cli = try CLIProcess()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        // `true` exits without reading, so the read end is closed before pcres has the customers to write.
        process.arguments = ["-c", "\"$PCRES\" customers list --output csv | true; echo \"status=${PIPESTATUS[0]}\""]
        process.environment = cli.variables(adding: ["PCRES": CLIProcess.binary.path])
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complained = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(printed == "status=141\n")
        #expect(complained.isEmpty, "stderr: \(complained.prefix(300))")
    }

    @Test("with --output json the error is a JSON object with the exit code and HTTP status")
    func jsonError() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["customers", "show", Self.unknownCustomer, "--output", "json"])
        #expect(result.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["exitCode"] as? Int == 3)
        #expect(error["httpStatus"] as? Int == 404)
        #expect((error["message"] as? String)?.isEmpty == false)
    }

    @Test("a malformed or missing --country is a usage error: exit 2, one line")
    func countryUsage() throws {
        let cli = try CLIProcess()
        let malformed = try cli.run(["products", "list", "--country", "USA"])
        #expect(malformed.status == 2)
        Self.expectOneLine(malformed.stderr)
        #expect(malformed.stderr.contains("--country"))
        let escape = try cli.run(["skus", "list", "P", "--country", "\u{1B}[2J"])
        #expect(escape.status == 2)
        #expect(!escape.stderr.contains("\u{1B}"), "control characters are stripped")
        let missing = try cli.run(["products", "list"])
        #expect(missing.status == 2)
        Self.expectOneLine(missing.stderr)
        #expect(missing.stderr.contains("--country"))
        let format = try cli.run(["customers", "list", "--output", "xml"])
        #expect(format.status == 2)
    }

    @Test("--read-only refuses subscriptions register with exit 4 and a reason")
    func readOnlyRefusal() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["subscriptions", "register", Self.unknownCustomer, "sub", "--read-only"])
        #expect(result.status == 4)
        Self.expectOneLine(result.stderr)
        #expect(result.stderr.contains("--read-only"))
        let json = try cli.run(["subscriptions", "register", Self.unknownCustomer, "sub", "--read-only", "--output", "json"])
        #expect(json.status == 4)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: Any])
        #expect((object["error"] as? [String: Any])?["reason"] as? String == "readOnly")
        let listing = try cli.run(["customers", "list", "--filter", "Contoso Ltd", "--read-only"])
        #expect(listing.status == 0, "read-only commands still work")
    }

    @Test("PCRES_ENDPOINT without client credentials fails with exit 6 and says what is missing")
    func endpointWithoutCredentials() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["customers", "list"], environment: ["PCRES_ENDPOINT": "http://127.0.0.1:9"])
        #expect(result.status == 6)
        Self.expectOneLine(result.stderr)
        #expect(result.stderr.contains("PCRES_CLIENT_ID"))
    }

    @Test("PCRES_ENDPOINT with wrong credentials is an auth failure; an unreachable one is a network error")
    func endpointFailures() throws {
        let cli = try CLIProcess()
        let unreachable = try cli.run(
            ["customers", "list"],
            environment: ["PCRES_ENDPOINT": "http://127.0.0.1:9", "PCRES_CLIENT_ID": "x", "PCRES_CLIENT_SECRET": "y"])
        #expect([6, 7].contains(unreachable.status), "\(unreachable.status) \(unreachable.stderr)")
        Self.expectOneLine(unreachable.stderr)
        #expect(!unreachable.stderr.contains("y\""), "the secret is not printed")
    }

    @Test("customers as CSV parse back with the header and one row per customer, names intact")
    func csv() throws {
        let cli = try CLIProcess()
        let result = try cli.run(["customers", "list", "--output", "csv"])
        #expect(result.status == 0)
        let rows = CLIText.parseCSV(result.stdout)
        #expect(rows.first == ["ID", "Name", "Domain", "Relationship"])
        #expect(rows.count == 49)
        #expect(rows.contains { $0[1] == "株式会社テスト" })
        #expect(rows.contains { $0[1] == "Ålandeilanden — Réunion" })
        #expect(rows.dropFirst().allSatisfy { $0.count == 4 })
    }

    @Test("tables fit COLUMNS=80, long cells end with …, and the width falls back to 100 without a terminal")
    func tableWidth() throws {
        let cli = try CLIProcess()
        let narrow = try cli.run(["customers", "list"], environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0)
        let lines = narrow.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 50)
        #expect(lines.allSatisfy { CLIText.width($0) <= 80 }, "\(lines.filter { CLIText.width($0) > 80 })")
        #expect(lines.contains { $0.contains("…") })
        #expect(lines.contains { $0.contains("株式会社テスト") })
        let wide = try cli.run(["customers", "list"])
        #expect(wide.stdout.split(separator: "\n").allSatisfy { CLIText.width(String($0)) <= 100 })
    }

    @Test("every subcommand's --help has an example")
    func helpExamples() throws {
        let cli = try CLIProcess()
        let commands: [[String]] = [
            ["customers", "list"], ["customers", "show"], ["subscriptions", "list"], ["subscriptions", "status"],
            ["subscriptions", "register"], ["products", "list"], ["skus", "list"], ["availabilities", "list"],
            ["inventory", "check"], ["orders", "list"], ["orders", "show"], ["reservations", "list"],
            ["invoices", "balance"], ["invoices", "summaries"], ["invoices", "list"], ["invoices", "show"],
            ["invoices", "lineitems"], ["invoices", "pdf"], ["prices", "list"],
        ]
        for command in commands {
            let result = try cli.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("Example") && result.stdout.contains("pcres \(command[0])"), "\(command)")
            #expect(result.stdout.contains("--output"), "\(command)")
        }
    }
}
