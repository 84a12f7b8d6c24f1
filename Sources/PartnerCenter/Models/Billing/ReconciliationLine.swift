import Foundation

/// Reads one line of a Graph reconciliation export (JSON Lines, API notes 2 §1.8) into the v1 one-time line item
/// the rest of pcres works with: keys matched without regard to case (their casing is UNCONFIRMED), numbers
/// accepted as numbers or strings, `Total` as `totalForCustomer`, `BillableQuantity` when `Quantity` is missing
/// (a `basic` export).
enum ReconciliationLine {
    static func item(from line: Data) throws -> InvoiceLineItem {
        // JSONDecoder, not JSONSerialization: a number keeps its digits (no Double on the way to a Decimal amount).
        let object = try JSONDecoder().decode([String: ScalarText].self, from: line)
        var fields: [String: String] = [:]
        for (key, value) in object { fields[key.lowercased()] = value.text }
        func text(_ key: String) -> String? { fields[key.lowercased()] }
        func number(_ key: String) -> Decimal? { text(key).flatMap(WireAmount.parse) }
        func date(_ key: String) -> Date? { text(key).flatMap { $0.isEmpty ? nil : WireDate.parse($0) } }
        var item = InvoiceLineItem()
        item.partnerId = text("PartnerId")
        item.customerId = text("CustomerId").map(TenantIdentifier.strippingOrgPrefix)
        item.customerName = text("CustomerName")
        item.customerDomainName = text("CustomerDomainName")
        item.customerCountry = text("CustomerCountry")
        item.invoiceNumber = text("InvoiceNumber")
        item.mpnId = text("MpnId")
        item.orderId = text("OrderId")
        item.orderDate = date("OrderDate")
        item.productId = text("ProductId")
        item.skuId = text("SkuId")
        item.availabilityId = text("AvailabilityId")
        item.productName = text("ProductName")
        item.skuName = text("SkuName")
        item.chargeType = text("ChargeType")
        item.unitPrice = number("UnitPrice")
        item.effectiveUnitPrice = number("EffectiveUnitPrice")
        item.unitType = text("UnitType")
        item.quantity = number("Quantity") ?? number("BillableQuantity")
        item.subtotal = number("Subtotal")
        item.taxTotal = number("TaxTotal")
        item.totalForCustomer = number("Total")
        item.currency = text("Currency")
        item.subscriptionId = text("SubscriptionId")
        item.subscriptionDescription = text("SubscriptionDescription")
        item.chargeStartDate = date("ChargeStartDate")
        item.chargeEndDate = date("ChargeEndDate")
        item.termAndBillingCycle = text("TermAndBillingCycle")
        item.alternateId = text("AlternateId")
        item.reservationOrderId = text("ReservationOrderId")
        item.billingFrequency = text("BillingFrequency")
        return item
    }

    /// A field's value as text: a string as is, a number as its digits; anything else (null, an object) as nil.
    private struct ScalarText: Decodable {
        var text: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            text = container.decodeNil() ? nil : try? WireText.read(from: container)
        }
    }
}
