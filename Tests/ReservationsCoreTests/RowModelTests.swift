import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// The rows the screens render are read from the wire models here, in the core; what they derive (keys, links,
/// statuses, what a checkout bought) must match what the wire model says.
struct RowModelTests {
    static func entitlement(order: String?, line: String?, sku: String?, artifacts: [Artifact]) -> Entitlement {
        Entitlement(
            referenceOrder: order.map { Entitlement.ReferenceOrder(id: OrderID($0), lineItemId: line, alternateId: nil) },
            productId: "DZH318Z0BQ4Z", skuId: sku, quantity: 2, entitlementType: "reservedInstance",
            entitledArtifacts: artifacts, expiryDate: nil)
    }

    static let linked = Artifact(
        artifactType: "reservationorder", resourceId: "ro-1", link: Link(uri: "/customers/c/reservations/ro-1"), dynamicAttributes: nil)
    static let unlinked = Artifact(artifactType: "reservationorder", resourceId: "ro-2", link: nil, dynamicAttributes: nil)

    @Test("a reservation row tells marks apart by order, line, product and SKU, and has a details link only when an artifact has one")
    func reservationRow() {
        let row = ReservationRow(Self.entitlement(order: "ORD-1", line: "3", sku: "0002", artifacts: [Self.unlinked, Self.linked]))
        #expect(row.renewalKey == "ORD-1|3|DZH318Z0BQ4Z|0002")
        #expect(row.orderID == "ORD-1")
        #expect(row.detailsLink == ReservationDetailsLink(Self.linked), "the first artifact with a link, not the first artifact")
        #expect(row.reservationOrderID == "ro-1")

        let bare = ReservationRow(Self.entitlement(order: nil, line: nil, sku: nil, artifacts: [Self.unlinked]))
        #expect(bare.renewalKey == "||DZH318Z0BQ4Z|")
        #expect(bare.detailsLink == nil, "an artifact without a link cannot be followed")
        #expect(bare.reservationOrderID == "ro-2", "the reservation order is still named for support cases")
    }

    @Test("a subscription row keeps the service's status words and decides on active and kind as the wire model does")
    func subscriptionRow() {
        let plan = Subscription(
            id: "SUB-PLAN", offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan", friendlyName: nil,
            status: .suspended, entitlementId: "azure-sub-1")
        let row = SubscriptionRow(plan)
        #expect(row.kind == .azurePlan && row.statusText == "suspended" && !row.isActive)
        #expect(row.displayName == "Microsoft Azure plan" && row.entitlementID == "azure-sub-1")

        let unlisted = SubscriptionRow.unlisted(id: "SUB-X", name: "Old name")
        #expect(unlisted.displayName == "Old name" && unlisted.isActive && unlisted.kind == .other)
    }

    @Test("an inventory row gives the service's descriptions, else its reason codes")
    func inventoryRow() {
        let item = InventoryItem(productID: "P", skuID: "0001", isRestricted: true, restrictions: [
            InventoryRestriction(reasonCode: "NotAvailableForSubscription", description: nil),
            InventoryRestriction(reasonCode: "QuotaExceeded", description: "No quota left in westeurope"),
        ])
        #expect(InventoryRow(item).reasons == ["NotAvailableForSubscription", "No quota left in westeurope"])
        #expect(InventoryRow(InventoryItem(productID: "P", skuID: nil)).isRestricted == false)
    }

    @Test("an order row reads each line's scope and subscription from its provisioning context")
    func orderRow() throws {
        let order = Order(
            id: "ORD-9", alternateId: nil, referenceCustomerId: "c", billingCycle: .oneTime, currencyCode: "EUR", currencySymbol: "€",
            creationDate: nil, status: .pending, lineItems: [
                OrderLineItem(lineItemNumber: 0, offerId: "DZH318Z0BQ4Z:0002:AV1", friendlyName: nil, quantity: 3, termDuration: "P3Y",
                              provisioningContext: ["scope": "shared", "subscriptionId": "SUB-1"]),
            ], totalPrice: Decimal(string: "1234.50"))
        let row = OrderRow(order)
        #expect(row.isOneTime && !row.isCompleted && row.statusText == "pending")
        let line = try #require(row.lines.first)
        #expect(line.name == "DZH318Z0BQ4Z:0002:AV1", "no friendly name: the offer ID")
        #expect(line.scope == "shared" && line.subscriptionID == "SUB-1" && line.quantity == 3 && line.termDuration == "P3Y")
        #expect(row.totalPrice == Decimal(string: "1234.50"))
    }

    @Test("a partial checkout bought the draft lines its orders name by catalog item and quantity; failed groups keep the service's words")
    func checkoutReport() {
        func line(_ id: Int, _ item: String, quantity: Int) -> CartDraftLine {
            CartDraftLine(
                id: id, catalogItemID: CatalogItemID(item), productID: "P", skuID: "S", skuName: "D2s", productTitle: "Dsv5",
                region: nil, armRegionName: nil, termDuration: "P1Y", quantity: quantity, minimumQuantity: nil, maximumQuantity: nil,
                scope: .shared, subscriptionID: "SUB-1", subscriptionName: "Prod", friendlyName: "", requiresInventoryCheck: false,
                unitPrice: nil, currencyCode: nil)
        }
        let draft = CartDraft(token: "t", customerID: "c", customerName: "Contoso", country: "US", lines: [
            line(1, "P:S:A1", quantity: 2), line(2, "P:S:A2", quantity: 1), line(3, "p:s:a1", quantity: 5),
        ])
        let ordered = Order(
            id: "ORD-1", alternateId: nil, referenceCustomerId: "c", billingCycle: .oneTime, currencyCode: "USD", currencySymbol: "$",
            creationDate: nil, status: .completed, lineItems: [
                OrderLineItem(lineItemNumber: 0, offerId: "p:s:a1", friendlyName: nil, quantity: 2, termDuration: "P1Y"),
            ])
        let partial = PurchaseResult(
            intentID: "i", customerID: "c", outcome: .partial, cartID: nil, checkoutRequestID: nil, orderIDs: ["ORD-1"],
            orders: [ordered], orderErrors: [
                OrderError(orderGroupId: "1", code: "800002", description: nil),
                OrderError(orderGroupId: "2", code: "900123", description: "Inventory not available"),
            ])
        #expect(partial.boughtLineIDs(of: draft) == [1], "same item (any case) and quantity; line 3 differs in quantity")
        #expect(partial.failedGroups.map(\.message) == ["800002", "Inventory not available"])
        #expect(partial.orderRows.map(\.id) == ["ORD-1"])

        var failed = partial
        failed.outcome = .failed
        #expect(failed.boughtLineIDs(of: draft).isEmpty)
        var completed = partial
        completed.outcome = .completed
        #expect(completed.boughtLineIDs(of: draft) == [1, 2, 3])
    }

    @Test("the currencies asked about are the same whether read from the wire models or from the rows the screen holds")
    func unbilledCurrencies() {
        let balance = InvoiceSummary(balanceAmount: 10, currencyCode: "eur", currencySymbol: "€", latestInvoiceDate: nil)
        let invoices = [
            Invoice(id: "G1", invoiceDate: nil, totalCharges: 1, paidAmount: nil, currencyCode: "JPY", currencySymbol: nil,
                    invoiceType: "OneTime", invoiceDetails: []),
            Invoice(id: "G2", invoiceDate: nil, totalCharges: 1, paidAmount: nil, currencyCode: "usd", currencySymbol: nil,
                    invoiceType: "OneTime", invoiceDetails: []),
        ]
        let fromWire = UnbilledCharges.currencies(balance: balance, summaries: [balance], invoices: invoices)
        let fromRows = UnbilledCharges.currencies(
            ofBalance: InvoiceSummaryRow(balance), summaries: [InvoiceSummaryRow(balance)], invoices: invoices.map(InvoiceRow.init))
        #expect(fromWire == ["EUR", "JPY", "USD"])
        #expect(fromRows == fromWire)
    }
}
