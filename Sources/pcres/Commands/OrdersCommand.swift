import ArgumentParser
import PartnerCenter
import ReservationsCore

/// `pcres orders list|show`.
struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "List a customer's orders or show one.",
        discussion: "Examples:\n  pcres orders list <customer-id> --billing-type one_time\n  pcres orders show <customer-id> <order-id>",
        subcommands: [List.self, Show.self])

    /// `pcres orders list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a customer's orders.",
            discussion: "Example:\n  pcres orders list <customer-id> --billing-type one_time --output json")

        @OptionGroup var customer: CustomerArgument
        @Option(help: "Only orders of this billing type, e.g. one_time (reservations).") var billingType: String?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let billingType, case .unknown = BillingCycle(wire: billingType) {
                throw ValidationError("--billing-type must be one of: \(BillingCycle.allCases.map(\.wireName).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let orders = try await session.client.customers.byID(customer.id).orders
                    .list(billingCycle: billingType.map { BillingCycle(wire: $0) })
                return try Listing(
                    json: orders,
                    columns: [.init("ID"), .init("Created"), .init("Status"), .init("Billing"), .init("Lines", numeric: true),
                              .init("Total", numeric: true), .init("Currency")],
                    rows: orders.map {
                        [$0.id.rawValue, Formatting.day($0.creationDate), $0.status.wireName, $0.billingCycle?.wireName ?? "",
                         String($0.lineItems.count), Formatting.cents($0.totalPrice), $0.currencyCode ?? ""]
                    },
                    note: Plural.count(orders.count, "order") + (await unlistedNote(session, listed: orders)))
            }
        }

        /// Orders this host placed that the list does not show yet (Partner Center lists new orders up to 15 minutes
        /// late), so an operator who just bought does not buy again. Tables only; JSON stays Partner Center's list.
        func unlistedNote(_ session: BackendSession, listed: [Order]) async -> String {
            guard global.output == .table, let service = try? await PurchaseRun.service(session) else { return "" }
            let unlisted = await service.unlistedOrders(customerID: customer.id, listed: Set(listed.map(\.id)))
            guard !unlisted.isEmpty else { return "" }
            let ids = unlisted.map(\.order.id.rawValue).joined(separator: ", ")
            return " · placed from this host, not yet listed by Partner Center (it lists new orders up to 15 minutes late): \(ids)"
        }
    }

    /// `pcres orders show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one order with its lines.",
            discussion: "Example:\n  pcres orders show <customer-id> <order-id> --output json")

        @OptionGroup var customer: CustomerArgument
        @Argument(help: "The order ID.") var order: String
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try ArgumentChecks.identifier(order, name: "ORDER")
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let value = try await session.client.customers.byID(customer.id).orders.byID(OrderID(order)).get()
                var fields: [(String, String?)] = [
                    ("ID", value.id.rawValue), ("Created", Formatting.day(value.creationDate)), ("Status", value.status.wireName),
                    ("Billing", value.billingCycle?.wireName), ("Total", Formatting.cents(value.totalPrice)),
                    ("Currency", value.currencyCode),
                ]
                for line in value.lineItems {
                    let term = line.termDuration.map { " \($0)" } ?? ""
                    let name = line.friendlyName.map { " \"\($0)\"" } ?? ""
                    fields.append(("Line \(line.lineItemNumber)", "\(line.quantity) × \(line.offerId)\(term)\(name)"))
                }
                return try Listing(json: value, fields: fields)
            }
        }
    }
}
