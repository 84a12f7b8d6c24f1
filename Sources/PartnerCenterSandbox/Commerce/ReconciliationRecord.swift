import Foundation
import PartnerCenter

/// One line of a Graph reconciliation export file (API notes 2, §1.8): the v1 one-time line under the v2
/// PascalCase attribute names, `Total` for `totalForCustomer`, no `invoiceLineItemType`/`billingProvider`/
/// `attributes`, and `ProductCategory`. A `basic` export drops the columns the notes mark basic = N.
enum ReconciliationRecord {
    /// Attributes a `basic` export leaves out.
    static let fullOnly: Set<String> = [
        "CustomerDomainName", "CustomerCountry", "MpnId", "Quantity", "PublisherId", "SubscriptionDescription", "UnitType",
        "AlternateId", "BillingFrequency", "PCToBCExchangeRateDate", "MeterDescription", "ProductQualifiers",
    ]

    /// The line as one JSON Lines row (no newline).
    static func jsonLine(_ item: InvoiceLineItem, basic: Bool) throws -> Data {
        func date(_ value: Date?) -> Any { value.map(WireDate.format) ?? "" }
        var fields: [String: Any] = [
            "PartnerId": item.partnerId ?? "", "CustomerId": item.customerId ?? "", "CustomerName": item.customerName ?? "",
            "CustomerDomainName": item.customerDomainName ?? "", "CustomerCountry": item.customerCountry ?? "",
            "InvoiceNumber": item.invoiceNumber ?? "", "MpnId": item.mpnId ?? "", "Tier2MpnId": "", "OrderId": item.orderId ?? "",
            "OrderDate": date(item.orderDate), "ProductId": item.productId ?? "", "SkuId": item.skuId ?? "",
            "AvailabilityId": item.availabilityId ?? "", "SkuName": item.skuName ?? "", "ProductName": item.productName ?? "",
            "ChargeType": item.chargeType ?? "", "UnitPrice": item.unitPrice ?? 0, "Quantity": item.quantity ?? 0,
            "Subtotal": item.subtotal ?? 0, "TaxTotal": item.taxTotal ?? 0, "Total": item.totalForCustomer ?? 0,
            "Currency": item.currency ?? "", "PriceAdjustmentDescription": "[]", "PublisherName": "Microsoft Corporation",
            "PublisherId": "", "SubscriptionDescription": item.subscriptionDescription ?? "",
            "SubscriptionId": item.subscriptionId ?? "", "ChargeStartDate": date(item.chargeStartDate),
            "ChargeEndDate": date(item.chargeEndDate), "TermAndBillingCycle": item.termAndBillingCycle ?? "",
            "EffectiveUnitPrice": item.effectiveUnitPrice ?? 0, "UnitType": item.unitType ?? "", "AlternateId": item.alternateId ?? "",
            "BillableQuantity": item.quantity ?? 0, "BillingFrequency": item.billingFrequency ?? "",
            "PricingCurrency": item.currency ?? "", "PCToBCExchangeRate": 1, "PCToBCExchangeRateDate": date(item.orderDate),
            "MeterDescription": "", "ReservationOrderId": item.reservationOrderId ?? "", "CreditReasonCode": "",
            "SubscriptionStartDate": date(item.chargeStartDate), "SubscriptionEndDate": date(item.chargeEndDate),
            "ReferenceId": item.alternateId ?? "", "ProductQualifiers": [String](), "PromotionId": "", "ProductCategory": "Azure",
        ]
        if basic { for key in fullOnly { fields[key] = nil } }
        return try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
