import Foundation
import ReservationsCore
import Testing

struct AuditLogTests {
    static func record(_ outcome: String, customer: String = "c-1") -> AuditRecord {
        AuditRecord(
            time: "2026-11-25T20:00:00.000Z", action: "checkout", operatorLogin: "alice", sshClient: "192.0.2.7", profile: "sandbox",
            customerID: customer, lines: ["2 × A:B:C P1Y shared on s-1"], intentID: "key-\(outcome)", requestIDs: ["r-1"],
            outcome: outcome, orderIDs: ["o-1"])
    }

    /// A log with `count` records; returns the log and its lines.
    static func log(count: Int, in folder: URL) throws -> (AuditLog, [String]) {
        let log = AuditLog(url: folder.appendingPathComponent("audit.jsonl"))
        for index in 1...count { try log.append(record("outcome-\(index)")) }
        let lines = try String(contentsOf: log.url, encoding: .utf8).split(separator: "\n").map(String.init)
        return (log, lines)
    }

    static func rewrite(_ log: AuditLog, _ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: log.url)
    }

    @Test("records chain by hash and an untouched log verifies")
    func intactChain() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (log, lines) = try Self.log(count: 4, in: folder)
        #expect(lines.count == 4)
        let records = try log.records()
        #expect(records.map(\.sequence) == [1, 2, 3, 4])
        #expect(records[0].previousHash == AuditLog.genesisHash)
        #expect(records[1].previousHash == records[0].recordHash)
        #expect(Set(records.map(\.recordHash)).count == 4)
        #expect(try log.verify() == AuditVerification(recordCount: 4))
        let attributes = try FileManager.default.attributesOfItem(atPath: log.url.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("an edited record is found on its own line")
    func editedRecord() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (log, lines) = try Self.log(count: 4, in: folder)
        lines[1] = lines[1].replacingOccurrences(of: "\"alice\"", with: "\"mallory\"")
        try Self.rewrite(log, lines)
        let verification = try log.verify()
        #expect(verification.brokenLine == 2)
        #expect(verification.problem?.contains("edited") == true)
    }

    @Test("a removed record is found on the line after the gap")
    func removedRecord() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (log, lines) = try Self.log(count: 4, in: folder)
        lines.remove(at: 1)
        try Self.rewrite(log, lines)
        let verification = try log.verify()
        #expect(verification.brokenLine == 2)
        #expect(verification.problem?.contains("removed") == true)
    }

    @Test("reordered records are found")
    func reorderedRecords() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (log, lines) = try Self.log(count: 4, in: folder)
        lines.swapAt(2, 3)
        try Self.rewrite(log, lines)
        #expect(try log.verify().brokenLine == 3)
    }

    @Test("records cut off the end are found through the head file")
    func truncatedLog() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (log, lines) = try Self.log(count: 4, in: folder)
        lines.removeLast()
        try Self.rewrite(log, lines)
        let verification = try log.verify()
        #expect(verification.brokenLine == 4)
        #expect(verification.problem?.contains("removed") == true)
    }

    @Test("the operator is the password database's account; USER/LOGNAME are kept as a claim only when they differ")
    func operatorIdentity() {
        let ssh = OperatorIdentity.current(environment: ["USER": "alice", "SSH_CLIENT": "192.0.2.7 50022 22"], account: "svc-pcres")
        #expect(ssh == OperatorIdentity(login: "svc-pcres", claimedLogin: "alice", sshClient: "192.0.2.7"))
        let connection = OperatorIdentity.current(
            environment: ["LOGNAME": "bob", "SSH_CONNECTION": "2001:db8::1 50022 2001:db8::2 22"], account: "bob")
        #expect(connection == OperatorIdentity(login: "bob", claimedLogin: nil, sshClient: "2001:db8::1"), "an honest USER adds nothing")
        let local = OperatorIdentity.current(environment: ["USER": "mallory"])
        #expect(local.login == OperatorIdentity.passwordDatabaseLogin(), "USER cannot change who is recorded")
        #expect(local.login != "mallory" || OperatorIdentity.passwordDatabaseLogin() == "mallory")
        #expect(local.sshClient == nil)
    }

    @Test("once records exist the head file is required: deleting it is found")
    func missingHead() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (log, _) = try Self.log(count: 3, in: folder)
        #expect(try log.verify().isIntact)
        try FileManager.default.removeItem(at: URL(fileURLWithPath: log.url.path + ".head"))
        let verification = try log.verify()
        #expect(!verification.isIntact)
        #expect(verification.problem?.contains("head file audit.jsonl.head is missing") == true, "\(verification.problem ?? "")")
        #expect(try AuditLog(url: folder.appendingPathComponent("empty.jsonl")).verify().isIntact, "no records, no head needed")
    }

    // umask is per process and the suites run in parallel, so "under umask 000" is an end-to-end test
    // (FileModesEndToEndTests); here the usual 022 would give 0644 and 0755 without pcres's own modes.
    @Test("the log and its head are 0600 and the folder 0700; a symlink planted at the log is refused")
    func fileModesAndSymlink() throws {
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = AuditLog(url: folder.appendingPathComponent("new/audit.jsonl"))
        try log.append(Self.record("completed"))
        try log.append(Self.record("completed"))
        func mode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int }
        #expect(try mode(log.url.path) == 0o600)
        #expect(try mode(log.url.path + ".head") == 0o600)
        #expect(try mode(folder.appendingPathComponent("new").path) == 0o700)

        let target = folder.appendingPathComponent("elsewhere.jsonl")
        #expect(FileManager.default.createFile(atPath: target.path, contents: nil))
        let planted = AuditLog(url: folder.appendingPathComponent("planted.jsonl"))
        try FileManager.default.createSymbolicLink(at: planted.url, withDestinationURL: target)
        #expect(throws: CheckoutJournalError.self) { try planted.append(Self.record("completed")) }
        #expect(try Data(contentsOf: target).isEmpty, "nothing was written through the link")
    }
}
