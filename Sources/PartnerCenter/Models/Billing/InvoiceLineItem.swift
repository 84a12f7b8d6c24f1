import Foundation

/// A one-time invoice line (§4.7 OneTimeInvoiceLineItem): what a reservation purchase was billed.
/// Only the fields reconciliation needs are typed; amounts and quantities decode from numbers or strings.
public struct InvoiceLineItem: Codable, Hashable, Sendable {
    public var partnerId: String?
    public var customerId: String?
    public var customerName: String?
    public var customerDomainName: String?
    public var customerCountry: String?
    public var invoiceNumber: String?
    public var mpnId: String?
    public var orderId: String?
    public var orderDate: Date?
    public var productId: String?
    public var skuId: String?
    public var availabilityId: String?
    public var productName: String?
    public var skuName: String?
    public var chargeType: String?
    public var unitPrice: Double?
    public var effectiveUnitPrice: Double?
    public var unitType: String?
    public var quantity: Double?
    public var subtotal: Double?
    public var taxTotal: Double?
    public var totalForCustomer: Double?
    public var currency: String?
    public var subscriptionId: String?
    public var subscriptionDescription: String?
    public var chargeStartDate: Date?
    public var chargeEndDate: Date?
    public var termAndBillingCycle: String?
    public var alternateId: String?
    public var reservationOrderId: String?
    public var billingFrequency: String?
    public var invoiceLineItemType: String?
    public var billingProvider: String?
    public var attributes: ResourceAttributes?

    public init() {
        invoiceLineItemType = "billing_line_items"
        billingProvider = "one_time"
        attributes = ResourceAttributes(objectType: "OneTimeInvoiceLineItem")
    }

    private enum CodingKeys: String, CodingKey {
        case partnerId, customerId, customerName, customerDomainName, customerCountry, invoiceNumber, mpnId, orderId
        case orderDate, productId, skuId, availabilityId, productName, skuName, chargeType, unitPrice
        case effectiveUnitPrice, unitType, quantity, subtotal, taxTotal, totalForCustomer, currency, subscriptionId
        case subscriptionDescription, chargeStartDate, chargeEndDate, termAndBillingCycle, alternateId
        case reservationOrderId, billingFrequency, invoiceLineItemType, billingProvider, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try container.decodeIfPresent(LenientString.self, forKey: key)?.value }
        func number(_ key: CodingKeys) throws -> Double? { try container.decodeIfPresent(LenientDouble.self, forKey: key)?.value }
        func date(_ key: CodingKeys) throws -> Date? { try container.decodeIfPresent(WireDate.self, forKey: key)?.date }
        partnerId = try text(.partnerId)
        customerId = try text(.customerId).map(TenantIdentifier.strippingOrgPrefix)
        customerName = try text(.customerName)
        customerDomainName = try text(.customerDomainName)
        customerCountry = try text(.customerCountry)
        invoiceNumber = try text(.invoiceNumber)
        mpnId = try text(.mpnId)
        orderId = try text(.orderId)
        orderDate = try date(.orderDate)
        productId = try text(.productId)
        skuId = try text(.skuId)
        availabilityId = try text(.availabilityId)
        productName = try text(.productName)
        skuName = try text(.skuName)
        chargeType = try text(.chargeType)
        unitPrice = try number(.unitPrice)
        effectiveUnitPrice = try number(.effectiveUnitPrice)
        unitType = try text(.unitType)
        quantity = try number(.quantity)
        subtotal = try number(.subtotal)
        taxTotal = try number(.taxTotal)
        totalForCustomer = try number(.totalForCustomer)
        currency = try text(.currency)
        subscriptionId = try text(.subscriptionId)
        subscriptionDescription = try text(.subscriptionDescription)
        chargeStartDate = try date(.chargeStartDate)
        chargeEndDate = try date(.chargeEndDate)
        termAndBillingCycle = try text(.termAndBillingCycle)
        alternateId = try text(.alternateId)
        reservationOrderId = try text(.reservationOrderId)
        billingFrequency = try text(.billingFrequency)
        invoiceLineItemType = try text(.invoiceLineItemType)
        billingProvider = try text(.billingProvider)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(partnerId, forKey: .partnerId)
        try container.encodeIfPresent(customerId, forKey: .customerId)
        try container.encodeIfPresent(customerName, forKey: .customerName)
        try container.encodeIfPresent(customerDomainName, forKey: .customerDomainName)
        try container.encodeIfPresent(customerCountry, forKey: .customerCountry)
        try container.encodeIfPresent(invoiceNumber, forKey: .invoiceNumber)
        try container.encodeIfPresent(mpnId, forKey: .mpnId)
        try container.encodeIfPresent(orderId, forKey: .orderId)
        try container.encodeIfPresent(orderDate.map(WireDate.init), forKey: .orderDate)
        try container.encodeIfPresent(productId, forKey: .productId)
        try container.encodeIfPresent(skuId, forKey: .skuId)
        try container.encodeIfPresent(availabilityId, forKey: .availabilityId)
        try container.encodeIfPresent(productName, forKey: .productName)
        try container.encodeIfPresent(skuName, forKey: .skuName)
        try container.encodeIfPresent(chargeType, forKey: .chargeType)
        try container.encodeIfPresent(unitPrice, forKey: .unitPrice)
        try container.encodeIfPresent(effectiveUnitPrice, forKey: .effectiveUnitPrice)
        try container.encodeIfPresent(unitType, forKey: .unitType)
        try container.encodeIfPresent(quantity, forKey: .quantity)
        try container.encodeIfPresent(subtotal, forKey: .subtotal)
        try container.encodeIfPresent(taxTotal, forKey: .taxTotal)
        try container.encodeIfPresent(totalForCustomer, forKey: .totalForCustomer)
        try container.encodeIfPresent(currency, forKey: .currency)
        try container.encodeIfPresent(subscriptionId, forKey: .subscriptionId)
        try container.encodeIfPresent(subscriptionDescription, forKey: .subscriptionDescription)
        try container.encodeIfPresent(chargeStartDate.map(WireDate.init), forKey: .chargeStartDate)
        try container.encodeIfPresent(chargeEndDate.map(WireDate.init), forKey: .chargeEndDate)
        try container.encodeIfPresent(termAndBillingCycle, forKey: .termAndBillingCycle)
        try container.encodeIfPresent(alternateId, forKey: .alternateId)
        try container.encodeIfPresent(reservationOrderId, forKey: .reservationOrderId)
        try container.encodeIfPresent(billingFrequency, forKey: .billingFrequency)
        try container.encodeIfPresent(invoiceLineItemType, forKey: .invoiceLineItemType)
        try container.encodeIfPresent(billingProvider, forKey: .billingProvider)
        try container.encodeIfPresent(attributes, forKey: .attributes)
    }
}
