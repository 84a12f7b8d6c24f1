import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres subscriptions list|status|register`.
struct SubscriptionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscriptions", abstract: "List a customer's subscriptions; see or start reservation registration.",
        discussion: "Examples:\n  pcres subscriptions list <customer-id>\n  pcres subscriptions register <customer-id> <subscription-id> --wait",
        subcommands: [List.self, Status.self, Register.self])

    /// The customer and subscription arguments.
    struct Target: ParsableArguments {
        @OptionGroup var customer: CustomerArgument
        @Argument(help: "The subscription ID.") var subscription: String

        func validate() throws {
            try ArgumentChecks.identifier(subscription, name: "SUB")
        }

        func resource(_ client: PartnerCenterClient) -> SubscriptionResource {
            client.customers.byID(customer.id).subscriptions.byID(SubscriptionID(subscription))
        }
    }

    static func listing(_ status: RegistrationStatus) throws -> Listing {
        try Listing(json: status, fields: [("Subscription", status.subscriptionId.rawValue), ("Registration", status.status.wireName)])
    }

    /// `pcres subscriptions list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a customer's subscriptions.",
            discussion: "Example:\n  pcres subscriptions list <customer-id> --output json")

        @OptionGroup var customer: CustomerArgument
        @OptionGroup var global: GlobalOptions


        func run() async throws {
            try await CLIRun.run(global) { session in
                let subscriptions = try await session.client.customers.byID(customer.id).subscriptions.list()
                return try Listing(
                    json: subscriptions,
                    columns: [.init("ID"), .init("Name"), .init("Offer"), .init("Kind"), .init("Status")],
                    rows: subscriptions.map {
                        [$0.id.rawValue, $0.friendlyName ?? $0.offerName ?? "", $0.offerId, $0.kind.label, $0.status.wireName]
                    })
            }
        }
    }

    /// `pcres subscriptions status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a subscription's reservation registration status.",
            discussion: "Example:\n  pcres subscriptions status <customer-id> <subscription-id>")

        @OptionGroup var target: Target
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                try SubscriptionsCommand.listing(try await target.resource(session.client).registrationStatus())
            }
        }
    }

    /// `pcres subscriptions register`.
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a subscription for reservation purchases (refused with --read-only).",
            discussion: """
                Sends the registration and prints the status. With --wait, polls with backoff until the \
                subscription is registered (up to --timeout seconds).

                Example:
                  pcres subscriptions register <customer-id> <subscription-id> --wait
                """)

        @OptionGroup var target: Target
        @Flag(help: "Wait until the subscription is registered.") var wait = false
        @Option(help: "With --wait: give up after this many seconds (exit code 7).") var timeout: Int = 300
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second.") }
        }

        func run() async throws {
            try CLIRun.refuseIfReadOnly(global, action: "subscriptions register")
            try await CLIRun.run(global) { session in
                let resource = target.resource(session.client)
                if let ledger = session.ledger { try await PurchaseRun.requireLedger(ledger) }
                do {
                    try await resource.register()
                    await PurchaseRun.auditRegistration(session, customer: target.customer.customer, subscription: target.subscription, outcome: "sent")
                } catch {
                    await PurchaseRun.auditRegistration(session, customer: target.customer.customer, subscription: target.subscription, outcome: "failed", error: error)
                    throw error
                }
                guard wait else { return try SubscriptionsCommand.listing(try await resource.registrationStatus()) }
                let waiter = RegistrationWaiter(timeout: TimeInterval(timeout))
                do {
                    return try SubscriptionsCommand.listing(try await waiter.wait(status: { try await resource.registrationStatus() }))
                } catch let failure as RegistrationWaiter.Failure {
                    throw CLIFailure(.server, failure.description, reason: "timedOut")
                }
            }
        }
    }
}
