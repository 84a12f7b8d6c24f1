import Foundation
import PartnerCenter

/// The expiry board's load: every customer's reservations that expire within the next 90 days, a few
/// customers at a time.
///
/// Throttling is the client's job: a 429 waits for `Retry-After` inside the request executor, so this
/// loader only bounds how many customers are in flight (the docs ask for low parallelism, §1.7). A
/// customer whose entitlements cannot be read is reported and the rest still load.
///
/// ```swift
/// for try await event in ExpiryBoardLoader(directory: directory).load(now: Date()) { … }
/// ```
public struct ExpiryBoardLoader: Sendable {
    /// Progress of a board load, in the order it happens.
    public enum Event: Equatable, Sendable {
        /// The customer list is complete: this many customers will be asked.
        case customersListed(total: Int)
        /// One customer answered; `done` of `total` have answered so far.
        case customerLoaded(CustomerID, [ExpiringReservation], done: Int, total: Int)
        /// One customer's entitlements could not be read.
        case customerFailed(CustomerID, name: String, message: String, done: Int, total: Int)
    }

    /// The widest window the board offers; the 30 and 60 day views are cut from it.
    public static let windowDays = 90
    /// Customers whose entitlements are requested at the same time.
    public static let defaultConcurrency = 4

    let directory: CustomerDirectory
    let concurrency: Int

    public init(directory: CustomerDirectory, concurrency: Int = ExpiryBoardLoader.defaultConcurrency) {
        self.directory = directory
        self.concurrency = max(1, concurrency)
    }

    /// Lists every customer, then reads their reservation entitlements at most `concurrency` at a time.
    /// Cancelling the consuming task cancels the requests in flight; what arrived stays delivered.
    public func load(now: Date) -> AsyncThrowingStream<Event, any Error> {
        let directory = self.directory
        let limit = concurrency
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var customers: [Customer] = []
                    for try await progress in directory.loadAll() { customers += progress.page }
                    try Task.checkCancellation()
                    continuation.yield(.customersListed(total: customers.count))
                    try await Self.readEntitlements(
                        of: customers, client: directory.client, limit: limit, now: now, yield: { continuation.yield($0) })
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Everything the board would show, collected (for the command line).
    public func collect(now: Date) async throws -> (reservations: [ExpiringReservation], failures: [String], customers: Int) {
        var reservations: [ExpiringReservation] = []
        var failures: [String] = []
        var customers = 0
        for try await event in load(now: now) {
            switch event {
            case .customersListed(let total): customers = total
            case .customerLoaded(_, let found, _, _): reservations += found
            case .customerFailed(_, let name, let message, _, _): failures.append("\(name): \(message)")
            }
        }
        return (reservations.sorted(by: ExpiringReservation.byExpiry), failures, customers)
    }

    /// The reservations of `entitlements` that expire from `now` to `now + windowDays`, soonest first.
    public static func expiring(_ entitlements: [Entitlement], of customer: Customer, now: Date) -> [ExpiringReservation] {
        ReservationExpiry.expiring(entitlements, withinDays: windowDays, now: now).compactMap { entitlement in
            entitlement.expiryDate.map {
                ExpiringReservation(customerID: customer.id, customerName: customer.name, entitlement: entitlement, expiryDate: $0)
            }
        }
    }

    private enum Outcome: Sendable {
        case loaded(Customer, [Entitlement])
        case failed(Customer, String)
    }

    private static func readEntitlements(
        of customers: [Customer], client: PartnerCenterClient, limit: Int, now: Date, yield: @Sendable (Event) -> Void
    ) async throws {
        let total = customers.count
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var pending = customers.makeIterator()
            func startNext() {
                guard let customer = pending.next() else { return }
                group.addTask {
                    do {
                        let items = try await client.customers.byID(customer.id).entitlements.list(type: "reservedInstance", showExpiry: true)
                        return .loaded(customer, items)
                    } catch {
                        try Task.checkCancellation()
                        return .failed(customer, FailureText.of(error))
                    }
                }
            }
            for _ in 0..<limit { startNext() }
            var done = 0
            while let outcome = try await group.next() {
                try Task.checkCancellation()
                done += 1
                switch outcome {
                case .loaded(let customer, let items):
                    yield(.customerLoaded(customer.id, expiring(items, of: customer, now: now), done: done, total: total))
                case .failed(let customer, let message):
                    yield(.customerFailed(customer.id, name: customer.name, message: message, done: done, total: total))
                }
                startNext()
            }
        }
    }
}
