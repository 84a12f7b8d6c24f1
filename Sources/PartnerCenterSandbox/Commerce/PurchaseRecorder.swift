import Foundation
import GRDB
import PartnerCenter

/// Writes what a successful order group leaves behind: the order, a reservation entitlement per line,
/// and an unbilled one-time charge per line (billed when the period closes, see `InvoiceBook`).
struct PurchaseRecorder {
    let customer: CustomerRecord
    let now: Date
    let completesAt: Date

    /// A line to record, with the catalog item it was resolved to.
    struct Line {
        var cartLine: CartLineItem
        var item: PurchasableItem
        var azureSubscriptionID: String?
    }

    func record(lines: [Line], cartID: String?, orderGroup: String, random: inout SeededGenerator, in db: Database) throws -> Order {
        let orderID = random.catalogStyleID(length: 24)
        let currency = lines.first?.item.currencyCode ?? "USD"
        let symbol = lines.first?.item.currencySymbol ?? "$"
        var orderLines: [OrderLineItem] = []
        var total = Decimal.zero
        for (number, line) in lines.enumerated() {
            let reservationOrderID = random.guid()
            var orderLine = OrderLineItem(
                lineItemNumber: number, offerId: line.cartLine.catalogItemID.rawValue,
                friendlyName: line.cartLine.friendlyName ?? line.item.skuTitle, quantity: line.cartLine.quantity,
                termDuration: line.cartLine.termDuration, provisioningContext: line.cartLine.provisioningContext)
            orderLine.subscriptionId = reservationOrderID
            orderLine.links = ResourceLinks(selfLink: Link(uri: "/customers/\(customer.id)/orders/\(orderID)"))
            orderLines.append(orderLine)
            let amount = line.item.unitPrice * Decimal(line.cartLine.quantity)
            total += amount
            try recordEntitlement(line, orderID: orderID, lineNumber: number, reservationOrderID: reservationOrderID, random: &random, in: db)
            try recordInvoiceLine(line, orderID: orderID, amount: amount, reservationOrderID: reservationOrderID, in: db)
        }
        var order = Order(
            id: OrderID(orderID), alternateId: String(orderID.prefix(12)).lowercased(), referenceCustomerId: CustomerID(customer.id),
            billingCycle: .oneTime, currencyCode: currency, currencySymbol: symbol, creationDate: now,
            status: completesAt <= now ? .completed : .pending, lineItems: orderLines, totalPrice: total.rounded(toPlaces: 2))
        order.links = Self.links(customerID: customer.id, orderID: orderID)
        try db.execute(
            sql: "INSERT INTO purchaseOrder (id, customerId, cartId, orderGroup, creationDate, completesAt, json) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [orderID, customer.id, cartID, orderGroup, now, completesAt, try WireCoding.text(order)])
        return order
    }

    /// `self`, `provisioningStatus` and `patchOperation`, as the documented order examples carry them.
    static func links(customerID: String, orderID: String) -> OrderLinks {
        let path = "/customers/\(customerID)/orders/\(orderID)"
        return OrderLinks(
            selfLink: Link(uri: path), provisioningStatus: Link(uri: path + "/provisioningstatus"),
            patchOperation: Link(uri: path, method: "PATCH"))
    }

    private func recordEntitlement(
        _ line: Line, orderID: String, lineNumber: Int, reservationOrderID: String, random: inout SeededGenerator, in db: Database
    ) throws {
        let years = line.cartLine.termDuration == "P3Y" ? 3 : 1
        let expiry = Calendar(identifier: .gregorian).date(byAdding: .year, value: years, to: now) ?? now
        let scope = line.cartLine.provisioningContext.first { $0.key.lowercased() == "scope" }?.value.lowercased() ?? "shared"
        let link = "/customers/\(customer.id)/artifacts/reservedinstance/groups/\(orderID)/lineitems/\(lineNumber)/resource/\(reservationOrderID)"
        let artifact = Artifact(
            artifactType: "reservedinstance", resourceId: reservationOrderID, link: Link(uri: link),
            dynamicAttributes: ["reservationType": line.item.reservationType])
        var entitlement = Entitlement(
            referenceOrder: Entitlement.ReferenceOrder(id: OrderID(orderID), lineItemId: String(lineNumber), alternateId: String(orderID.prefix(12)).lowercased()),
            productId: line.item.productID, skuId: line.item.skuID, quantity: line.cartLine.quantity,
            entitlementType: "reservedinstance", entitledArtifacts: [artifact], expiryDate: expiry)
        entitlement.fulfillmentState = "Fulfilled"
        let reservation = Reservation(
            reservationId: random.guid(), displayName: line.cartLine.friendlyName ?? line.item.skuTitle,
            scopeType: scope == "single" ? "Single" : "Shared",
            appliedScopes: scope == "single" ? ["/subscriptions/\(line.azureSubscriptionID ?? "unknown")"] : nil,
            quantity: line.cartLine.quantity, effectiveDateTime: now, expiryDateTime: expiry, provisioningState: "Created")
        try db.execute(
            sql: """
                INSERT INTO reservationEntitlement (reservationOrderId, customerId, orderId, lineItemNumber, expiryDate, entitlementJSON, detailsJSON)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                reservationOrderID, customer.id, orderID, lineNumber, expiry, try WireCoding.text(entitlement),
                try WireCoding.text(ReservationDetails(type: "reservedinstance", reservations: [reservation])),
            ])
    }

    private func recordInvoiceLine(_ line: Line, orderID: String, amount: Decimal, reservationOrderID: String, in db: Database) throws {
        var item = InvoiceLineItem()
        item.partnerId = "sandbox-partner"
        item.customerId = customer.id
        item.customerName = customer.companyName
        item.customerDomainName = customer.domain
        item.customerCountry = customer.country
        item.invoiceNumber = ""
        item.mpnId = "1234567"
        item.orderId = orderID
        item.orderDate = now
        item.productId = line.item.productID
        item.skuId = line.item.skuID
        item.availabilityId = line.item.availabilityID
        item.productName = line.item.productTitle
        item.skuName = line.item.skuTitle
        item.chargeType = "new"
        item.unitPrice = line.item.unitPrice
        item.effectiveUnitPrice = line.item.unitPrice
        item.unitType = "1 Hour"
        item.quantity = Decimal(line.cartLine.quantity)
        item.subtotal = amount.rounded(toPlaces: 2)
        item.taxTotal = 0
        item.totalForCustomer = item.subtotal
        item.currency = line.item.currencyCode
        item.subscriptionId = reservationOrderID
        item.subscriptionDescription = line.cartLine.friendlyName ?? line.item.skuTitle
        item.chargeStartDate = now
        item.termAndBillingCycle = "\(line.cartLine.termDuration == "P3Y" ? "3 Years" : "1 Year") Prepaid Purchase"
        item.alternateId = String(orderID.prefix(12)).lowercased()
        item.reservationOrderId = reservationOrderID
        item.billingFrequency = "OneTime"
        try db.execute(
            sql: "INSERT INTO invoiceLine (invoiceId, customerId, orderId, amount, json) VALUES (?, ?, ?, ?, ?)",
            arguments: [InvoiceBook.unbilled, customer.id, orderID, item.subtotal ?? 0, try WireCoding.text(item)])
    }
}
