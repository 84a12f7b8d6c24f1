import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres cart create|show|checkout`: the purchase in separate steps.
struct CartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cart", abstract: "Create, show and check out carts.",
        discussion: """
            Examples:
              pcres cart create <customer-id> --item DZH318Z0BQ3Q:0001:DZH318Z0BQ3P:2:P1Y --subscription <subscription-id> --scope shared
              pcres cart show <customer-id> <cart-id>
              pcres cart checkout <customer-id> <cart-id> --yes
            """,
        subcommands: [Create.self, Show.self, Checkout.self])

    /// `pcres cart create`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run preflight and create a cart (nothing is bought until cart checkout --yes).",
            discussion: """
                Example:
                  pcres cart create <customer-id> --item DZH318Z0BQ3Q:0001:DZH318Z0BQ3P:2:P1Y --subscription <subscription-id> \\
                    --scope single --name db-tier --output json
                """)

        @OptionGroup var customer: CustomerArgument
        @OptionGroup var purchase: PurchaseOptions
        @OptionGroup var global: GlobalOptions


        func run() async throws {
            try CLIRun.refuseIfReadOnly(global, action: "cart create")
            let lines = try purchase.lines()
            try await CLIRun.run(global) { session in
                let service = try await PurchaseRun.service(session)
                let intent = PurchaseIntent(customerID: customer.id, lines: lines, profile: PurchaseRun.profileName(session))
                let problems = await service.preflight(intent)
                guard problems.isEmpty else { throw PurchaseRun.preflightFailure(problems, format: global.output) }
                do {
                    return try CartCommand.listing(try await service.createCart(for: intent))
                } catch let error as PurchaseError {
                    throw PurchaseRun.failure(error, format: global.output)
                }
            }
        }
    }

    /// `pcres cart show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a cart with its lines and the service's per-line errors.",
            discussion: "Example:\n  pcres cart show <customer-id> <cart-id> --output json")

        @OptionGroup var customer: CustomerArgument
        @Argument(help: "The cart ID.") var cart: String
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(cart, name: "CART")
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                try CartCommand.listing(try await session.client.customers.byID(customer.id).carts.byID(CartID(cart)).get())
            }
        }
    }

    /// `pcres cart checkout`.
    struct Checkout: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check out a cart (places the order; needs --yes). Safe to re-run: a cart is never ordered twice.",
            discussion: "Example:\n  pcres cart checkout <customer-id> <cart-id> --yes --output json")

        @OptionGroup var customer: CustomerArgument
        @Argument(help: "The cart ID.") var cart: String
        @Flag(help: "Confirm the purchase; without it nothing is sent.") var yes = false
        @Flag(help: "Buy even though the same item was bought for the customer within 24 hours.") var allowDuplicate = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(cart, name: "CART")
        }

        func run() async throws {
            try CLIRun.refuseIfReadOnly(global, action: "cart checkout")
            try PurchaseRun.requireConfirmation(yes, global, action: "cart checkout")
            try await CLIRun.run(global) { session in
                let service = try await PurchaseRun.service(session)
                do {
                    return try PurchaseRun.listing(try await service.checkout(cartID: CartID(cart), customerID: customer.id, allowDuplicate: allowDuplicate))
                } catch let error as PurchaseError {
                    throw PurchaseRun.failure(error, format: global.output)
                }
            }
        }
    }

    /// A cart as fields: status, expiry, then one row per line with its error.
    static func listing(_ cart: Cart) throws -> Listing {
        var fields: [(String, String?)] = [
            ("ID", cart.id?.rawValue), ("Status", cart.status?.wireName),
            ("Expires", cart.expirationTimestamp.map { $0.formatted(.iso8601) }),
        ]
        for (index, line) in cart.lineItems.enumerated() {
            let context = line.provisioningContext
            let text = "\(line.quantity) × \(line.catalogItemID.rawValue) \(line.termDuration ?? "") \(context["scope"] ?? "") on \(context["subscriptionId"] ?? "")"
                + (line.orderGroup.map { " (group \($0))" } ?? "")
            fields.append(("Line \(index + 1)", text))
            if let error = line.error { fields.append(("Line \(index + 1) error", error.summary)) }
        }
        return try Listing(json: cart, fields: fields)
    }
}
