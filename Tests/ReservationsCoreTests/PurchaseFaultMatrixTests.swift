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
    /// client re-sends with the same `MS-RequestId` first. Each runs with new orders listed at once and with
    /// Partner Center's 15-minute listing delay, where an empty order list proves nothing.
    @Test(
        "fault matrix: no duplicate, no lost order and no false \"nothing was bought\" for any fault × crash point × repeat count",
        arguments: [RetryPolicy.none, RetryPolicy(maxAttempts: 3, baseDelay: 0.05, maxDelay: 0.2)], [0.0, 900.0])
    func faultMatrix(clientRetries: RetryPolicy, orderListDelay: TimeInterval) async throws {
        let sandbox = try await PurchaseSandbox.start(
            requestTimeout: Self.clientTimeout, retryPolicy: clientRetries, orderListDelay: orderListDelay)
        defer { Task { await sandbox.server.stop() } }
        let folder = try PurchaseFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases = 0
        var duplicates = 0
        var lost = 0
        var falseNothingBought = 0
        var sentByRecovery = 0
        var faultsInjected = 0
        var failures: [String] = []
        let crashPoints: [PurchaseService.CrashPoint?] = [nil] + PurchaseService.CrashPoint.allCases
        func service(_ url: URL, crashPoint: PurchaseService.CrashPoint? = nil) throws -> PurchaseService {
            PurchaseService(
                client: sandbox.client, journal: try CheckoutJournal.open(at: url), operatorIdentity: OperatorIdentity(login: "matrix", sshClient: nil),
                retryDelay: .milliseconds(20), orderListDelay: orderListDelay, crashPoint: crashPoint)
        }
        for fault in Self.faults {
            for crashPoint in crashPoints {
                for count in [1, 2] {
                    cases += 1
                    let name = "\(fault.name) × \(crashPoint.map { "\($0)" } ?? "no crash") × \(count)"
                    let before = try await sandbox.allOrderIDs()
                    let injectedBefore = try await sandbox.injectedFaultCount()
                    try await sandbox.inject([fault.rule(count: count)])
                    let journalURL = folder.appendingPathComponent("case-\(cases).sqlite")
                    let intent = sandbox.intent("matrix-\(cases)", lines: [sandbox.line(quantity: 1, name: "matrix \(cases)")])

                    // Every case buys the same item, so the duplicate guard is confirmed away as `--allow-duplicate` does.
                    var result: PurchaseResult?
                    do {
                        result = try await service(journalURL, crashPoint: crashPoint).buy(intent, runPreflight: false, allowDuplicate: true)
                    } catch is PurchaseService.SimulatedCrash {
                        result = nil
                    } catch let error as PurchaseError where error.kind == .outcomeUnknown {
                        result = nil
                    }
                    if result?.outcome == .failed, !(try await sandbox.allOrderIDs().subtracting(before).isEmpty) {
                        falseNothingBought += 1
                        failures.append("\(name): the buy said nothing was bought, but an order exists")
                    }
                    if result == nil {
                        // The process "died". The next start only looks: it must send nothing, and it must not say
                        // "nothing was bought" while an order exists (which, with the delay, no list shows yet).
                        if fault.kind == .slow {
                            // A request of the "dead" process may still be sleeping in the sandbox: let it land first,
                            // so what changes while recovery looks is recovery's doing.
                            try await Task.sleep(for: .milliseconds((fault.delayMilliseconds ?? 0) + 500))
                        }
                        let second = try service(journalURL)
                        #expect(try await second.unfinished().map(\.intent.id) == [intent.id], "\(name): the intent is unfinished")
                        let seenBefore = try await sandbox.allOrderIDs()
                        let finding = try await second.inspect(intent.id)
                        let seenAfter = try await sandbox.allOrderIDs()
                        if seenAfter != seenBefore { sentByRecovery += 1 }
                        let ordered = !seenAfter.subtracting(before).isEmpty
                        switch finding.state {
                        case .nothingBought, .failed, .checkoutNeverSent, .cartActive:
                            if ordered {
                                falseNothingBought += 1
                                failures.append("\(name): recovery said \"\(finding.message)\" but an order exists")
                            }
                        default: break
                        }
                        // The operator re-runs the confirmed command (`buy … --yes --idempotency-key K`).
                        result = try await second.buy(intent, runPreflight: false, allowDuplicate: true)
                    }
                    // Re-running it once more must not buy again either.
                    let replay = try await service(journalURL).buy(intent, runPreflight: false, allowDuplicate: true)

                    let injected = try await sandbox.injectedFaultCount() - injectedBefore
                    if injected < 1 { failures.append("\(name): no fault was injected") }
                    faultsInjected += injected
                    try await sandbox.clearFaults()
                    if fault.kind == .slow {
                        // Let a request still sleeping in the sandbox finish before counting.
                        try await Task.sleep(for: .milliseconds((fault.delayMilliseconds ?? 0) + 500))
                    }
                    let new = try await sandbox.allOrderIDs().subtracting(before)
                    let journaled = Set(try CheckoutJournal.open(at: journalURL).entry(for: intent.id)?.orderIDs ?? [])
                    if new.count > 1 { duplicates += new.count - 1 }
                    if new.isEmpty || result?.outcome != .completed { lost += 1 }
                    if new.count != 1 || journaled != new || Set(result?.orderIDs ?? []) != new || Set(replay.orderIDs) != new {
                        failures.append("\(name): \(new.count) new orders, journal \(journaled.count), result \(result?.orderIDs.count ?? 0)")
                    }
                }
            }
        }
        let summary = "fault matrix (client attempts \(clientRetries.maxAttempts), order-list delay \(Int(orderListDelay)) s): \(cases) cases, \(faultsInjected) faults injected, \(duplicates) duplicates, \(lost) lost, \(falseNothingBought) false \"nothing was bought\", \(sentByRecovery) orders placed by recovery"
        print(summary)
        if let path = ProcessInfo.processInfo.environment["PCRES_FAULT_MATRIX_REPORT"] {
            try Data((summary + "\n" + failures.joined(separator: "\n")).utf8)
                .write(to: URL(fileURLWithPath: path + ".\(clientRetries.maxAttempts).\(Int(orderListDelay))"))
        }
        #expect(cases >= 50)
        #expect(duplicates == 0)
        #expect(lost == 0)
        #expect(falseNothingBought == 0)
        #expect(sentByRecovery == 0)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
