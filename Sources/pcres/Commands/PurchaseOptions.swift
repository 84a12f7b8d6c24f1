import ArgumentParser
import PartnerCenter
import ReservationsCore

/// What to buy: the items, the subscription and the scope (shared by `cart create` and `buy`).
struct PurchaseOptions: ParsableArguments {
    @Option(name: .customLong("item"), help: "CATALOGITEMID:QUANTITY:TERM, e.g. DZH318Z0BQ3Q:0001:DZH318Z0BQ3P:2:P1Y (repeatable).")
    var items: [String] = []

    @Option(help: "The CSP subscription the reservations are bought under.")
    var subscription: String

    @Option(help: "An Azure subscription ID for the inventory check (default: --subscription); for MS-AZR-0145P also the one bought on. An Azure plan is always bought on its own ID.")
    var azureSubscription: String?

    @Option(help: "shared or single. An Azure plan takes shared only (Partner Center sets it at purchase; narrow it in Azure later).")
    var scope: String

    @Option(help: "A friendly name for the reservations.")
    var name: String?

    func validate() throws {
        guard !items.isEmpty else { throw ValidationError("Give at least one --item CATALOGITEMID:QUANTITY:TERM.") }
        _ = try specs()
        try ArgumentChecks.identifier(subscription, name: "--subscription")
        if let azureSubscription { try ArgumentChecks.identifier(azureSubscription, name: "--azure-subscription") }
        guard PurchaseScope(rawValue: scope.lowercased()) != nil else {
            throw ValidationError("--scope must be shared or single, not \"\(TerminalText.sanitize(scope))\".")
        }
    }

    func specs() throws -> [PurchaseItemSpec] { try items.map(PurchaseItemSpec.parse) }

    /// The lines of the intent.
    func lines() throws -> [PurchaseLine] {
        try specs().map { spec in
            PurchaseLine(
                catalogItemID: spec.catalogItemID, quantity: spec.quantity, termDuration: spec.termDuration,
                scope: PurchaseScope(rawValue: scope.lowercased()) ?? .shared, subscriptionID: SubscriptionID(subscription),
                azureSubscriptionID: azureSubscription, friendlyName: name)
        }
    }
}
