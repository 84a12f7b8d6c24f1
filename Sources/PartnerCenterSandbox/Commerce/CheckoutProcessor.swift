import Foundation
import GRDB
import PartnerCenter

/// Checks a cart out inside one write transaction: re-checks every line, turns each order group into an
/// order or an order error (partial success), marks the cart ordered, and remembers the result so a
/// second checkout of the same cart returns it instead of buying again.
struct CheckoutProcessor {
    let store: SandboxStore
    let catalog: any PurchasableCatalog
    let behavior: SandboxBehavior

    static func replayKey(cartID: String) -> String { "checkout:\(cartID)" }

    func checkOut(customerID: String, cartID: String, now: Date, in db: Database) throws -> CartCheckoutResult {
        guard let customer = try CustomerRecord.fetchOne(db, key: customerID) else {
            throw SandboxError.notFound("Customer \(customerID)", code: "800002")
        }
        guard var cart = try store.cart(customerID: customerID, cartID: cartID, in: db) else {
            throw SandboxError.notFound("Cart \(cartID)", code: "800008")
        }
        if cart.status == .ordered,
            let stored = try Row.fetchOne(db, sql: "SELECT body FROM replayableResponse WHERE requestId = ?", arguments: [Self.replayKey(cartID: cartID)]),
            let body: Data = stored["body"]
        {
            // Idempotent per cart: the original result, nothing bought twice.
            return try JSONDecoder().decode(CartCheckoutResult.self, from: body)
        }
        if cart.isExpired(now: now) {
            throw SandboxError(status: .notFound, code: "800008", description: "Cart \(cartID) expired; carts are kept for 7 days. Create a new one.")
        }
        let flagged = cart.linesWithErrors
        guard flagged.isEmpty else {
            let lines = flagged.map { "line \($0.id): \($0.error?.errorCode.wireName ?? "error")" }.joined(separator: "; ")
            throw SandboxError(status: .badRequest, code: "800009", description: "The cart has lines with errors (\(lines)). Fix them before checking out.")
        }
        let subscriptions = try store.subscriptionsByID(customerID: customerID, now: now, in: db)
        let validator = CartValidator(catalog: catalog, country: customer.country, subscriptions: subscriptions)
        let checked = validator.validate(cart.lineItems)
        var random = SeededGenerator(seed: UInt64.random(in: 1...UInt64.max))
        let recorder = PurchaseRecorder(customer: customer, now: now, completesAt: now.addingTimeInterval(behavior.orderCompletionDelay))
        var orders: [Order] = []
        var orderErrors: [OrderError] = []
        let groups = Dictionary(grouping: checked, by: { $0.orderGroup ?? "0" }).sorted { $0.key < $1.key }
        for (group, lines) in groups {
            if let failing = lines.first(where: { $0.error != nil }), let error = failing.error {
                orderErrors.append(OrderError(orderGroupId: group, code: Self.checkoutCode(for: error.errorCode), description: error.errorDescription))
                continue
            }
            let resolved = lines.compactMap { line -> PurchaseRecorder.Line? in
                guard let item = catalog.purchasableItem(catalogItemID: line.catalogItemID.rawValue, country: customer.country) else { return nil }
                let subscriptionID = line.provisioningContext.first { $0.key.lowercased() == "subscriptionid" }?.value ?? ""
                let azureID = subscriptions[subscriptionID]?.entitlementId
                return PurchaseRecorder.Line(cartLine: line, item: item, azureSubscriptionID: azureID)
            }
            orders.append(try recorder.record(lines: resolved, cartID: cartID, orderGroup: group, random: &random, in: db))
        }
        let result = CartCheckoutResult(orders: orders, orderErrors: orderErrors)
        if !orders.isEmpty {
            cart.status = .ordered
            cart.lastModifiedTimestamp = now
            try store.saveCart(cart, customerID: customerID, expiresAt: cart.expirationTimestamp ?? now, in: db)
            try store.rememberResponse(
                requestID: Self.replayKey(cartID: cartID), method: "CHECKOUT", path: cartID, status: 201, headers: [:],
                body: try WireCoding.encoder.encode(result), in: db)
        }
        return result
    }

    /// The service error code a failed order group reports, from the line's cart error.
    static func checkoutCode(for code: CartErrorCode) -> String {
        switch code {
        case .subscriptionNotRegistered, .subscriptionIsNotEnabledForRI: "800030"
        case .inventoryNotAvailable: "800010"
        case .catalogItemIdIsNotValid: "400019"
        case .subscriptionIsNotValid: "800011"
        case .quotaNotAvailable: "800017"
        default: "800002"
        }
    }
}
