import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

@testable import ReservationsCore

/// Every fault the sandbox injects on checkout, crossed with every point where the process can die, crossed with
/// one or two faulty answers in a row: each intent must end in exactly one order.
@Suite(.serialized)
struct PurchaseFaultMatrixTests {
    struct Fault: Sendable {
        var name: String
        var kind: FaultRule.Kind
        var status: Int?
        var delayMilliseconds: Int?

        func rule(count: Int) -> FaultRule {
            FaultRule(
                kind: kind, method: "POST", pathContains: "/checkout", count: count, status: status, retryAfterSeconds: 0,
                delayMilliseconds: delayMilliseconds)
        }
    }

    static let clientTimeout: TimeInterval = 1
    static let faults: [Fault] = [
        Fault(name: "dropAfterCommit", kind: .dropAfterCommit),
        Fault(name: "500", kind: .serverError, status: 500),
        Fault(name: "503", kind: .serverError, status: 503),
        Fault(name: "429", kind: .throttle),
        Fault(name: "slow→timeout", kind: .slow, delayMilliseconds: 2_000),
        Fault(name: "drop", kind: .drop),
        Fault(name: "malformedBody", kind: .malformedBody),
    ]

    /// Without client retries the service's own retry loop sees every fault; with them (as the CLI runs) the
    /// client re-sends with the same `MS-RequestId` first.
    @Test(
        "fault matrix: no duplicate and no lost order for any fault × crash point × repeat count",
        arguments: [RetryPolicy.none, RetryPolicy(maxAttempts: 3, baseDelay: 0.05, maxDelay: 0.2)])
    func faultMatrix(clientRetries: RetryPolicy) async throws {
        let sandbox = try await PurchaseSandbox.start(requestTimeout: Self.clientTimeout, retryPolicy: clientRetries)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let orders = sandbox.client.customers.byID(sandbox.customer.id).orders
        var cases = 0
        var duplicates = 0
        var lost = 0
        var faultsInjected = 0
        var failures: [String] = []
        let crashPoints: [PurchaseService.CrashPoint?] = [nil] + PurchaseService.CrashPoint.allCases
        for fault in Self.faults {
            for crashPoint in crashPoints {
                for count in [1, 2] {
                    cases += 1
                    let name = "\(fault.name) × \(crashPoint.map { "\($0)" } ?? "no crash") × \(count)"
                    let before = Set(try await orders.list().map(\.id))
                    let injectedBefore = try await sandbox.injectedFaultCount()
                    try await sandbox.inject([fault.rule(count: count)])
                    let journalURL = folder.appendingPathComponent("case-\(cases).sqlite")
                    let intent = sandbox.intent("matrix-\(cases)", lines: [sandbox.line(quantity: 1, name: "matrix \(cases)")])

                    let first = PurchaseService(
                        client: sandbox.client, journal: try CheckoutJournal.open(at: journalURL),
                        operatorIdentity: OperatorIdentity(login: "matrix", sshClient: nil), retryDelay: .milliseconds(20),
                        crashPoint: crashPoint)
                    var result: PurchaseResult?
                    do {
                        result = try await first.buy(intent, runPreflight: false)
                    } catch is PurchaseService.SimulatedCrash {
                        result = nil
                    } catch let error as PurchaseError where error.kind == .outcomeUnknown {
                        result = nil
                    }
                    if result == nil {
                        // The process "died": a new service over the same journal file finds out how it ended.
                        let second = PurchaseService(
                            client: sandbox.client, journal: try CheckoutJournal.open(at: journalURL),
                            operatorIdentity: OperatorIdentity(login: "matrix", sshClient: nil), retryDelay: .milliseconds(20))
                        #expect(try await second.unfinished().map(\.intent.id) == [intent.id], "\(name): the intent is unfinished")
                        result = try await second.resolve(intent.id)
                    }
                    // Resolving a finished intent again must not buy again either.
                    let third = PurchaseService(
                        client: sandbox.client, journal: try CheckoutJournal.open(at: journalURL),
                        operatorIdentity: OperatorIdentity(login: "matrix", sshClient: nil))
                    let replay = try await third.resolve(intent.id)

                    let injected = try await sandbox.injectedFaultCount() - injectedBefore
                    if injected < 1 { failures.append("\(name): no fault was injected") }
                    faultsInjected += injected
                    try await sandbox.clearFaults()
                    if fault.kind == .slow {
                        // Let a request still sleeping in the sandbox finish before counting.
                        try await Task.sleep(for: .milliseconds((fault.delayMilliseconds ?? 0) + 500))
                    }
                    let new = Set(try await orders.list().map(\.id)).subtracting(before)
                    let journaled = Set(try CheckoutJournal.open(at: journalURL).entry(for: intent.id)?.orderIDs ?? [])
                    if new.count > 1 { duplicates += new.count - 1 }
                    if new.isEmpty || result?.outcome != .completed { lost += 1 }
                    if new.count != 1 || journaled != new || Set(result?.orderIDs ?? []) != new || Set(replay.orderIDs) != new {
                        failures.append("\(name): \(new.count) new orders, journal \(journaled.count), result \(result?.orderIDs.count ?? 0)")
                    }
                }
            }
        }
        let summary = "fault matrix (client attempts \(clientRetries.maxAttempts)): \(cases) cases, \(faultsInjected) faults injected, \(duplicates) duplicates, \(lost) lost"
        print(summary)
        if let path = ProcessInfo.processInfo.environment["PCRES_FAULT_MATRIX_REPORT"] {
            try Data((summary + "\n" + failures.joined(separator: "\n")).utf8).write(to: URL(fileURLWithPath: path + ".\(clientRetries.maxAttempts)"))
        }
        #expect(cases >= 50)
        #expect(duplicates == 0)
        #expect(lost == 0)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
