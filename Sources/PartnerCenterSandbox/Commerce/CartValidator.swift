import Foundation
import PartnerCenter

/// Checks each cart line the way the service does (§3.4, §4.4) and assigns order groups.
struct CartValidator {
    let catalog: any PurchasableCatalog
    let country: String
    /// The customer's subscriptions, by ID, with their current registration state.
    let subscriptions: [String: SubscriptionRecord]

    static let scopes: Set<String> = ["shared", "single"]

    /// The lines with `error`, `currencyCode` and `orderGroup` filled in.
    func validate(_ lines: [CartLineItem]) -> [CartLineItem] {
        lines.map { line in
            var line = line
            line.error = nil
            let item = catalog.purchasableItem(catalogItemID: line.catalogItemID.rawValue, country: country)
            if let item {
                line.currencyCode = item.currencyCode
                if line.friendlyName?.isEmpty != false { line.friendlyName = item.skuTitle }
            }
            if let problem = problem(with: line, item: item) {
                line.error = CartError(errorCode: problem.0, errorDescription: problem.1, additionalInformation: problem.2)
            }
            // Lines against different subscriptions become different orders (a sandbox choice, see README).
            line.orderGroup = String(groupIndex(for: line.provisioningContext["subscriptionId"], in: lines))
            return line
        }
    }

    private func groupIndex(for subscriptionID: String?, in lines: [CartLineItem]) -> Int {
        var seen: [String] = []
        for line in lines {
            let key = line.provisioningContext["subscriptionId"]?.lowercased() ?? ""
            if !seen.contains(key) { seen.append(key) }
        }
        return seen.firstIndex(of: subscriptionID?.lowercased() ?? "") ?? 0
    }

    private func problem(with line: CartLineItem, item: PurchasableItem?) -> (CartErrorCode, String, CartError.AdditionalInformation?)? {
        guard let item else {
            return (.catalogItemIdIsNotValid, "Catalog item \(line.catalogItemID.rawValue) is not in the \(country) catalog or is no longer current.", nil)
        }
        guard line.billingCycle == .oneTime else {
            return (.invalidInput, "Reservations are billed one_time, not \(line.billingCycle.wireName).", nil)
        }
        guard (item.minimumQuantity...max(item.minimumQuantity, item.maximumQuantity)).contains(line.quantity) else {
            return (.invalidInput, "Quantity \(line.quantity) is outside \(item.minimumQuantity)–\(item.maximumQuantity) for this SKU.",
                    CartError.AdditionalInformation(availableQuantity: item.maximumQuantity, purchasedQuantity: nil))
        }
        guard let term = line.termDuration, item.terms.contains(term) else {
            return (.invalidInput, "Term \(line.termDuration ?? "(none)") does not match the availability's terms \(item.terms.joined(separator: ", ")).", nil)
        }
        let context = Dictionary(line.provisioningContext.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        for variable in item.provisioningVariables where context[variable.lowercased()]?.isEmpty != false {
            return (.invalidInput, "provisioningContext.\(variable.prefix(1).lowercased() + variable.dropFirst()) is required for this SKU.", nil)
        }
        if let scope = context["scope"], !Self.scopes.contains(scope.lowercased()) {
            return (.invalidInput, "provisioningContext.scope must be shared or single, not \(scope).", nil)
        }
        // A sandbox choice where the notes are unsure (README): what pcres must never send is refused.
        if item.isAzurePlan, context["scope"]?.lowercased() == "single" {
            return (.invalidInput, "provisioningContext.scope must be shared for an Azure plan reservation; single scope is set in Azure after purchase.", nil)
        }
        if context["duration"] != nil, !item.provisioningVariables.contains(where: { $0.lowercased() == "duration" }) {
            return (.invalidInput,
                    "provisioningContext.duration is not a provisioning variable of this SKU (it lists \(item.provisioningVariables.joined(separator: ", "))); the term is in the SKU.",
                    nil)
        }
        if let duration = context["duration"], let expected = item.duration, duration != expected {
            return (.invalidInput, "provisioningContext.duration must be \(expected) (the SKU's duration), not \(duration).", nil)
        }
        guard let subscriptionID = context["subscriptionid"],
            let subscription = subscriptions.first(where: { $0.key.lowercased() == subscriptionID.lowercased() })?.value
        else {
            return (.subscriptionIsNotValid, "Subscription \(context["subscriptionid"] ?? "(none)") does not belong to this customer.", nil)
        }
        let kind = subscription.resource.kind
        guard kind != .other, subscription.status == "active" else {
            return (.subscriptionIsNotValid, "Subscription \(subscription.id) is \(kind == .other ? "not an Azure subscription" : subscription.status).", nil)
        }
        guard (kind == .azurePlan) == item.isAzurePlan else {
            let wanted = kind == .azurePlan ? "the Azure plan catalog (reservationScope=AzurePlan)" : "the MS-AZR-0145P catalog (no reservationScope)"
            return (.subscriptionIsNotValid, "Subscription \(subscription.id) needs a catalog item from \(wanted).", nil)
        }
        guard subscription.registrationStatus == "registered" else {
            return (.subscriptionNotRegistered, "Subscription \(subscription.id) is not registered for reservations (\(subscription.registrationStatus)).", nil)
        }
        if item.isInventoryRestricted {
            return (.inventoryNotAvailable, "No inventory for \(item.skuTitle) in \(item.armRegionName ?? "this region").", nil)
        }
        return nil
    }
}
