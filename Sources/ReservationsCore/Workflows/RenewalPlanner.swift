import Foundation
import PartnerCenter

/// Turns reservations into cart lines that buy them again: the same product, SKU, region, term, quantity, scope
/// and subscription, at today's price. It only reads (the order, the SKU, its availabilities, the subscriptions
/// and the price sheet); the lines then go through the normal checkout, where only a typed BUY sends anything.
public struct RenewalPlanner: Sendable {
    /// What planning found: the lines to add, and why some reservations cannot be renewed as they were.
    public struct Plan: Equatable, Sendable {
        public var lines: [CartDraftLine]
        /// `ORD-1: the SKU is no longer sold in GB`, one per reservation left out.
        public var problems: [String]
        /// Why today's price is unknown, when it is (e.g. prices need a user sign-in).
        public var priceNote: String?

        public init(lines: [CartDraftLine], problems: [String], priceNote: String?) {
            self.lines = lines
            self.problems = problems
            self.priceNote = priceNote
        }
    }

    /// The longest friendly name the cart form accepts.
    public static let maximumNameLength = 64  // as the cart form allows

    let client: PartnerCenterClient

    public init(client: PartnerCenterClient) {
        self.client = client
    }

    /// Lines renewing `entitlements` of one customer in `country`, numbered from `firstLineID`.
    public func plan(customerID: CustomerID, country: String, entitlements: [Entitlement], firstLineID: Int) async throws -> Plan {
        let customer = client.customers.byID(customerID)
        let subscriptions = Dictionary(try await customer.subscriptions.list().map { ($0.id, $0) }) { first, _ in first }
        var prices: [PriceSheetEntry.Key: PriceSheetEntry] = [:]
        var priceNote: String?
        do {
            for entry in try await client.priceSheet.reservations(market: country) { prices[entry.key] = entry }
        } catch let error as PartnerCenterError {
            priceNote = "today's price unknown: \(error.kind == .authentication ? "prices need user sign-in (pcres login)" : error.summary)"
        }
        var lines: [CartDraftLine] = []
        var problems: [String] = []
        for entitlement in entitlements {
            try Task.checkCancellation()
            let label = entitlement.referenceOrder?.id.rawValue ?? entitlement.productId
            do {
                let line = try await renewal(
                    of: entitlement, customer: customer, country: country, subscriptions: subscriptions, prices: prices,
                    id: firstLineID + lines.count)
                lines.append(line)
            } catch let problem as RenewalProblem {
                problems.append("\(label): \(problem.reason)")
            } catch let error as PartnerCenterError {
                problems.append("\(label): \(error.summary)")
            }
        }
        return Plan(lines: lines, problems: problems, priceNote: priceNote)
    }

    private struct RenewalProblem: Error {
        var reason: String
    }

    private func renewal(
        of entitlement: Entitlement, customer: CustomerResource, country: String, subscriptions: [SubscriptionID: Subscription],
        prices: [PriceSheetEntry.Key: PriceSheetEntry], id: Int
    ) async throws -> CartDraftLine {
        guard let reference = entitlement.referenceOrder, let skuID = entitlement.skuId.map({ SKUID($0) }) else {
            throw RenewalProblem(reason: "the reservation names no order or SKU")
        }
        let productID = ProductID(entitlement.productId)
        let order = try await customer.orders.byID(reference.id).get()
        let orderLine = order.lineItems.first { reference.lineItemId == String($0.lineItemNumber) }
            ?? order.lineItems.first { $0.offerId.hasPrefix("\(productID.rawValue):\(skuID.rawValue)") }
        guard let orderLine, let term = orderLine.termDuration else {
            throw RenewalProblem(reason: "its order line (term, scope, subscription) could not be found")
        }
        guard let subscriptionText = orderLine.provisioningContext?["subscriptionId"] else {
            throw RenewalProblem(reason: "its order does not say which subscription it was bought on")
        }
        let subscriptionID = SubscriptionID(subscriptionText)
        guard let subscription = subscriptions[subscriptionID], subscription.status == .active else {
            throw RenewalProblem(reason: "subscription \(subscriptionText) is no longer active")
        }
        let skuResource = client.products.byID(productID).skus.byID(skuID)
        let sku = try await skuResource.get(country: country)
        let availabilities = try await skuResource.availabilities.list(country: country)
        guard let availability = availabilities.first(where: { $0.terms.contains { $0.duration == term } }) else {
            throw RenewalProblem(reason: "the \(term) term of this SKU is no longer sold in \(country)")
        }
        let scope = PurchaseScope(rawValue: (orderLine.provisioningContext?["scope"] ?? "shared").lowercased()) ?? .shared
        let price = prices[PriceSheetEntry.Key(productID: productID, skuID: skuID, termDuration: term)]
        let paid = order.lineItems.count == 1 ? order.totalPrice : nil
        var line = CartDraftLine(
            id: id, catalogItemID: availability.catalogItemID, productID: productID, skuID: skuID,
            skuName: sku.armSkuName ?? sku.title, productTitle: sku.title, region: sku.region, armRegionName: sku.armRegionName,
            termDuration: term, quantity: entitlement.quantity, minimumQuantity: sku.minimumQuantity,
            maximumQuantity: sku.maximumQuantity, scope: scope, subscriptionID: subscriptionID,
            subscriptionName: subscription.friendlyName ?? subscription.offerName ?? subscriptionText,
            friendlyName: Self.friendlyName(renewing: orderLine.friendlyName ?? reference.id.rawValue),
            requiresInventoryCheck: sku.requiresInventoryCheck, unitPrice: price?.unitPrice, currencyCode: price?.currencyCode,
            subscriptionKind: subscription.kind)
        line.renewal = RenewalSource(
            orderID: reference.id, expiryDate: entitlement.expiryDate, paidTotal: paid, paidCurrency: order.currencyCode)
        return line
    }

    /// `Renews VM_RI_11-25-2025_09-00`, cut to what Azure accepts.
    public static func friendlyName(renewing name: String) -> String {
        String("Renews \(name)".prefix(maximumNameLength))
    }
}
