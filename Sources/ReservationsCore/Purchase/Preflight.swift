import Foundation
import PartnerCenter

/// Checks an intent before anything is bought, and lists every problem, not only the first.
///
/// ```swift
/// let problems = await Preflight(client: client).problems(for: intent)
/// guard problems.isEmpty else { return .refused(problems) }
/// ```
public struct Preflight: Sendable {
    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    /// Gathers the facts from the service and evaluates them.
    /// - Parameters:
    ///   - intent: what is about to be bought.
    ///   - existingCart: the journaled cart, when the intent already has one (checked for expiry).
    ///   - now: the time carts are checked against.
    public func problems(for intent: PurchaseIntent, existingCart: CartID? = nil, now: Date = Date()) async -> [PreflightProblem] {
        Self.evaluate(intent, facts: await facts(for: intent, existingCart: existingCart), now: now)
    }

    /// The checks themselves: a pure function of the intent and the facts.
    public static func evaluate(_ intent: PurchaseIntent, facts: PreflightFacts, now: Date = Date()) -> [PreflightProblem] {
        var problems: [PreflightProblem] = []
        if intent.lines.isEmpty {
            problems.append(PreflightProblem(kind: .emptyIntent, message: "Nothing to buy: the purchase has no lines."))
        }
        if let reason = ReservationMarkets.unavailableReason(countryCode: facts.customerCountry),
            facts.customerCountry != nil
        {
            problems.append(PreflightProblem(kind: .marketNotSold, message: reason + "."))
        }
        for (index, line) in intent.lines.enumerated() {
            let sku = facts.skus[index]
            let minimum = max(1, sku?.minimumQuantity ?? 1)
            if line.quantity < minimum {
                problems.append(PreflightProblem(
                    kind: .quantityTooLow,
                    message: "Quantity \(line.quantity) is below the minimum of \(minimum)\(sku.map { " for \($0.title)" } ?? "").",
                    lineIndex: index))
            }
            if let maximum = sku?.maximumQuantity, line.quantity > maximum {
                problems.append(PreflightProblem(
                    kind: .quantityTooHigh,
                    message: "Quantity \(line.quantity) is above the maximum of \(maximum) for \(sku?.title ?? "this SKU").",
                    lineIndex: index))
            }
            if facts.catalogItemIsCurrent[index] == false {
                problems.append(PreflightProblem(
                    kind: .staleCatalogItem,
                    message: "Catalog item \(line.catalogItemID) is no longer in the SKU's availabilities; look the availability up again.",
                    lineIndex: index))
            }
            if let restrictions = facts.inventoryRestrictions[index], !restrictions.isEmpty {
                problems.append(PreflightProblem(
                    kind: .inventoryRestricted,
                    message: "Inventory is restricted for this SKU in this region: \(restrictions.joined(separator: "; ")).",
                    lineIndex: index))
            }
            let subscription = facts.subscriptionLabel(line.subscriptionID)
            if let status = facts.subscriptionStatus[line.subscriptionID], status != .active {
                problems.append(PreflightProblem(
                    kind: .subscriptionNotActive,
                    message: "The \(subscription) is \(status.wireName), not active: nothing can be bought on it.",
                    lineIndex: index))
            }
            if facts.subscriptionKinds[line.subscriptionID] == .azurePlan, line.scope != .shared {
                problems.append(PreflightProblem(
                    kind: .scopeNotAllowed,
                    message: "The \(subscription) is an Azure plan: its reservations are bought with shared scope (Partner Center sets Shared at purchase; narrow it in Azure afterwards), not \(line.scope.rawValue).",
                    lineIndex: index))
            }
            if let state = facts.registration[line.subscriptionID], state != .registered {
                problems.append(PreflightProblem(
                    kind: .subscriptionNotRegistered,
                    message: "The \(subscription) is not registered for reservations (\(state.wireName)); register it first.",
                    lineIndex: index))
            }
        }
        if let cart = facts.existingCart, cart.isExpired(now: now) {
            problems.append(PreflightProblem(
                kind: .cartExpired,
                message: "Cart \(cart.id?.rawValue ?? "?") expired\(cart.expirationTimestamp.map { " on \($0.formatted(.iso8601))" } ?? ""); start a new purchase."))
        }
        return problems + facts.failures
    }

    /// Reads the customer, SKUs, availabilities, registrations, inventory and the existing cart.
    /// Lookups that fail become `checkFailed` problems instead of passing silently.
    public func facts(for intent: PurchaseIntent, existingCart: CartID? = nil) async -> PreflightFacts {
        var facts = PreflightFacts()
        let customer = client.customers.byID(intent.customerID)
        do {
            facts.customerCountry = try await customer.get().countryCode
        } catch {
            facts.failures.append(Self.failure("Could not read customer \(intent.customerID)", error))
        }
        let country = facts.customerCountry ?? "US"
        do {
            for subscription in try await customer.subscriptions.list() {
                facts.subscriptionKinds[subscription.id] = subscription.kind
                facts.subscriptionStatus[subscription.id] = subscription.status
                if let name = subscription.friendlyName { facts.subscriptionNames[subscription.id] = name }
            }
        } catch {
            // Without the list neither the status nor the catalog scope is known: refuse rather than guess.
            facts.failures.append(Self.failure("Could not list the subscriptions of customer \(intent.customerID)", error))
        }
        for subscriptionID in Set(intent.lines.map(\.subscriptionID)) {
            do {
                facts.registration[subscriptionID] = try await customer.subscriptions.byID(subscriptionID).registrationStatus().status
            } catch {
                facts.failures.append(Self.failure("Could not read the registration of the \(facts.subscriptionLabel(subscriptionID))", error))
            }
        }
        for (index, line) in intent.lines.enumerated() {
            guard let productID = line.productID ?? line.catalogItemID.productID, let skuID = line.skuID ?? line.catalogItemID.skuID else {
                facts.catalogItemIsCurrent[index] = false
                continue
            }
            let scope = Self.reservationScope(facts.subscriptionKinds[line.subscriptionID])
            let skuNode = client.products.byID(productID).skus.byID(skuID)
            do {
                let sku = try await skuNode.get(country: country, reservationScope: scope)
                facts.skus[index] = sku
                let availabilities = try await skuNode.availabilities.list(country: country, reservationScope: scope)
                facts.catalogItemIsCurrent[index] = availabilities.contains { $0.catalogItemID == line.catalogItemID }
                if sku.requiresInventoryCheck {
                    let request = InventoryCheckRequest(
                        targetItems: [InventoryCheckRequest.Target(productID: productID, skuID: skuID)],
                        inventoryContext: [
                            "customerId": intent.customerID.rawValue, "azureSubscriptionId": line.provisioningSubscriptionID,
                            "armRegionName": sku.armRegionName ?? "",
                        ])
                    let items = try await client.extensions.checkInventory(request, country: country)
                    facts.inventoryRestrictions[index] = items.filter(\.isRestricted).flatMap { item in
                        item.restrictions.isEmpty
                            ? ["restricted"] : item.restrictions.map { $0.description ?? $0.reasonCode ?? "restricted" }
                    }
                }
            } catch let error as PartnerCenterError where error.isNotFound {
                facts.catalogItemIsCurrent[index] = false
            } catch {
                facts.failures.append(Self.failure("Could not check catalog item \(line.catalogItemID)", error, lineIndex: index))
            }
        }
        if let existingCart {
            do {
                facts.existingCart = try await customer.carts.byID(existingCart).get()
            } catch let error as PartnerCenterError where error.isNotFound {
                var gone = Cart(lineItems: [])
                gone.id = existingCart
                gone.status = .expired
                facts.existingCart = gone
            } catch {
                facts.failures.append(Self.failure("Could not read cart \(existingCart)", error))
            }
        }
        return facts
    }

    /// What each line's `provisioningContext` is built from, read just before the cart is created: the customer's
    /// subscription kinds and each line's SKU in the matching catalog scope (`LineProvisioning`).
    /// - Throws: the service error when the customer, its subscriptions or a SKU cannot be read, and
    ///   `PurchaseError.refusedByPreflight` for a catalog item that names no SKU; nothing is sent then.
    public func provisioning(for intent: PurchaseIntent) async throws -> [LineProvisioning] {
        let customer = client.customers.byID(intent.customerID)
        let country = try await customer.get().countryCode ?? "US"
        var kinds: [SubscriptionID: SubscriptionKind] = [:]
        for subscription in try await customer.subscriptions.list() { kinds[subscription.id] = subscription.kind }
        var result: [LineProvisioning] = []
        for line in intent.lines {
            guard let productID = line.productID ?? line.catalogItemID.productID, let skuID = line.skuID ?? line.catalogItemID.skuID else {
                let problem = PreflightProblem(
                    kind: .staleCatalogItem, message: "Catalog item \(line.catalogItemID) does not name a product and SKU (PRODUCT:SKU:AVAILABILITY).",
                    lineIndex: result.count)
                throw PurchaseError(kind: .refusedByPreflight, message: "Refused: \(problem.description)", problems: [problem], intentID: intent.id)
            }
            let kind = kinds[line.subscriptionID]
            let sku = try await client.products.byID(productID).skus.byID(skuID).get(country: country, reservationScope: Self.reservationScope(kind))
            result.append(LineProvisioning(sku: sku, subscriptionKind: kind))
        }
        return result
    }

    /// The catalog scope of a subscription kind: Azure-plan SKUs are read with `reservationScope=AzurePlan`.
    static func reservationScope(_ kind: SubscriptionKind?) -> ReservationScope? { kind?.reservationScope }

    private static func failure(_ what: String, _ error: any Error, lineIndex: Int? = nil) -> PreflightProblem {
        let reason = FailureText.of(error)
        return PreflightProblem(kind: .checkFailed, message: "\(what): \(reason)", lineIndex: lineIndex)
    }
}
