import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres buy`: preflight, cart and checkout in one step, journaled and safe to re-run with the same key.
struct BuyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buy", abstract: "Buy reservations for a customer (preflight, cart, checkout).",
        discussion: """
            Every problem preflight finds is listed on stderr and nothing is sent (exit code 4). The purchase is \
            journaled before each request, so running the same command again with the same --idempotency-key after \
            a crash or timeout finds the first order instead of placing a second one. Without a key one is \
            generated and printed on stderr: keep it until the command has finished.

            When this host's journal or the customer's orders of the last 24 hours already hold the same item \
            (product and SKU) for the customer, nothing is sent: the earlier purchases are listed on stderr and the \
            exit code is 4. Add --allow-duplicate to buy it anyway. `pcres purchases check KEY` looks into a \
            purchase whose outcome was unknown, without sending anything.

            Example:
              pcres buy <customer-id> --item DZH318Z0BQ3Q:0001:DZH318Z0BQ3P:2:P1Y --subscription <subscription-id> \\
                --scope shared --name web-tier --yes --idempotency-key change-4711
            """)

    @OptionGroup var customer: CustomerArgument
    @OptionGroup var purchase: PurchaseOptions
    @Flag(help: "Confirm the purchase; without it nothing is sent.") var yes = false
    @Option(help: "A key that makes the purchase idempotent: the same key never orders twice.") var idempotencyKey: String?
    @Flag(help: "Buy even though the same item was bought for the customer within 24 hours.") var allowDuplicate = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let idempotencyKey {
            try ArgumentChecks.identifier(idempotencyKey, name: "--idempotency-key")
            guard idempotencyKey.count <= 200 else { throw ValidationError("--idempotency-key is longer than 200 characters.") }
        }
    }

    func run() async throws {
        try CLIRun.refuseIfReadOnly(global, action: "buy")
        try PurchaseRun.requireConfirmation(yes, global, action: "buy")
        let key = idempotencyKey ?? UUID().uuidString.lowercased()
        if idempotencyKey == nil {
            FileHandle.standardError.write(Data("pcres: idempotency key \(key) (re-run with --idempotency-key \(key) to retry safely)\n".utf8))
        }
        let lines = try purchase.lines()
        try await CLIRun.run(global) { session in
            let service = try await PurchaseRun.service(session)
            let intent = PurchaseIntent(
                id: key, customerID: customer.id, lines: lines, profile: PurchaseRun.profileName(session))
            do {
                return try PurchaseRun.listing(try await service.buy(intent, allowDuplicate: allowDuplicate))
            } catch let error as PurchaseError {
                throw PurchaseRun.failure(error, format: global.output)
            }
        }
    }
}
