import Foundation
import PartnerCenter
import Testing

/// The lenient readings every model shares: amounts as Decimal without a detour through Double, counts and text in
/// either JSON type, and what a missing field becomes.
struct WireReadingTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("an amount keeps every digit it was sent, as a number or a string; Double would not")
    func amountDigits() throws {
        let json = #"{"id":"G1","totalCharges":12345678901234.123456789,"paidAmount":"0.10"}"#
        let invoice = try Self.decode(Invoice.self, json)
        #expect(invoice.totalCharges == Decimal(string: "12345678901234.123456789"))
        #expect(invoice.paidAmount == Decimal(string: "0.1"))
        #expect("\(invoice.totalCharges)" == "12345678901234.123456789")
        #expect(Decimal(12345678901234.123456789) != invoice.totalCharges, "the same literal through Double loses digits")
    }

    @Test("line totals add up exactly: 0.1 + 0.2 is 0.3, and a thousand cents are 10")
    func exactTotals() throws {
        let lines = (0..<1_000).map { _ in #"{"totalForCustomer":0.01,"currency":"USD"}"# }.joined(separator: ",")
        let items = try Self.decode([InvoiceLineItem].self, "[\(lines)]")
        #expect(items.reduce(Decimal.zero) { $0 + ($1.totalForCustomer ?? 0) } == 10)
        let pair = try Self.decode([InvoiceLineItem].self, #"[{"totalForCustomer":0.1},{"totalForCustomer":"0.2"}]"#)
        #expect(pair.reduce(Decimal.zero) { $0 + ($1.totalForCustomer ?? 0) } == Decimal(string: "0.3"))
        #expect(0.1 + 0.2 != 0.3, "the Double sum these amounts used to be")
    }

    @Test("an amount string with anything after the number is refused, not read up to the junk")
    func strictAmountText() throws {
        #expect(Decimal(string: "12abc") == 12, "Foundation's parser stops at the junk; ours must not")
        for bad in ["12abc", "1,234.00", "", "NaN", "--1", "1.2.3", "0x10"] {
            #expect(WireAmount.parse(bad) == nil, "\(bad)")
            #expect(throws: DecodingError.self) { try Self.decode(Invoice.self, #"{"id":"G1","totalCharges":"\#(bad)"}"#) }
        }
        #expect(WireAmount.parse(" -3.50 ") == Decimal(string: "-3.5"))
        #expect(WireAmount.parse(".5") == Decimal(string: "0.5"))
        #expect(WireAmount.parse("1e3") == 1000)
    }

    @Test("rounding is decimal and half away from zero; fixed-point text pads and never shows -0.00")
    func rounding() {
        #expect(Decimal(string: "2.345")!.rounded(toPlaces: 2) == Decimal(string: "2.35"))
        #expect(Decimal(string: "-2.345")!.rounded(toPlaces: 2) == Decimal(string: "-2.35"))
        #expect(Decimal(string: "1.005")!.fixedPointText(places: 2) == "1.01", "as Double, 1.005 is 1.00499… and shows 1.00")
        #expect(Decimal(string: "12.5")!.fixedPointText(places: 2) == "12.50")
        #expect(Decimal(string: "-0.004")!.fixedPointText(places: 2) == "0.00")
        #expect(Decimal(string: "22296788.85")!.fixedPointText(places: 0) == "22296789")
        #expect(Decimal(string: "7")!.fixedPointText(places: 3) == "7.000")
    }

    @Test("counts and text arrive in either JSON type; missing fields take their fallback; nil is not written")
    func countsTextAndFallbacks() throws {
        let order = try Self.decode(Order.self, #"{"id":"o1","lineItems":[{"lineItemNumber":"0","offerId":"x","quantity":2.0}]}"#)
        #expect(order.lineItems.first?.lineItemNumber == 0 && order.lineItems.first?.quantity == 2)
        #expect(order.status == .unknownStatus && order.totalPrice == nil && order.creationDate == nil)
        #expect(try Self.encoded(order).contains("totalPrice") == false)
        #expect(throws: DecodingError.self) { try Self.decode(OrderLineItem.self, #"{"offerId":"x","quantity":1}"#) }
        #expect(throws: DecodingError.self) { try Self.decode(OrderLineItem.self, #"{"lineItemNumber":"one","offerId":"x","quantity":1}"#) }
        let line = try Self.decode(InvoiceLineItem.self, #"{"invoiceNumber":42,"customerId":"org:abc","quantity":"3"}"#)
        #expect(line.invoiceNumber == "42" && line.customerId == "abc" && line.quantity == 3)
        let summary = try Self.decode(InvoiceSummary.self, #"{"balanceAmount":null,"lastPaymentDate":"0001-01-01T00:00:00"}"#)
        #expect(summary.balanceAmount == 0 && summary.details.isEmpty && summary.lastPaymentDate == nil)
    }

    @Test("a model encodes back to what it decoded from, amounts as plain JSON numbers")
    func roundTrip() throws {
        let json = #"{"currencyCode":"EUR","id":"G7","invoiceDate":"2026-11-01T00:00:00Z","invoiceDetails":[],"paidAmount":-612.36,"totalCharges":1837.08}"#
        let invoice = try Self.decode(Invoice.self, json)
        #expect(try Self.encoded(invoice) == json)
        #expect(try Self.decode(Invoice.self, try Self.encoded(invoice)) == invoice)
    }

    @Test("free-form maps keep scalars as text and skip the rest; error bodies decode whatever types they hold")
    func looseBodies() throws {
        let restriction = try Self.decode(
            InventoryRestriction.self,
            #"{"reasonCode":7,"properties":{"type":"Location","cores":12,"ratio":1.5,"on":true,"gone":null,"list":[1],"obj":{}}}"#)
        #expect(restriction.reasonCode == "7")
        #expect(restriction.properties == ["type": "Location", "cores": "12", "ratio": "1.5", "on": "true"])
        #expect(try Self.decode(InventoryRestriction.self, #"{"properties":null}"#).properties.isEmpty)

        let odd = try Self.decode(ServiceErrorBody.self, #"{"code":600,"description":{"text":"x"},"data":"one","source":5,"statusCode":"soon"}"#)
        #expect(odd.code == "600")
        #expect(odd.description == nil && odd.data == nil && odd.source == nil && odd.statusCode == nil)
        #expect(try Self.encoded(odd) == #"{"code":"600"}"#)
        let throttled = try Self.decode(ServiceErrorBody.self, #"{"statusCode":429,"message":"Rate limit is exceeded."}"#)
        #expect(throttled.statusCode == 429 && throttled.message == "Rate limit is exceeded." && throttled.code == nil)
    }

    @Test("cart and order errors read codes as names or numbers; an order error writes a numeric code as a number")
    func errorCodes() throws {
        #expect(try Self.decode(CartError.self, #"{"errorCode":10003}"#).errorCode == .inventoryNotAvailable)
        #expect(try Self.decode(CartError.self, #"{"errorCode":"QuotaNotAvailable"}"#).errorCode == .quotaNotAvailable)
        #expect(try Self.decode(CartError.self, #"{"errorCode":424242}"#).errorCode == .unknown("424242"))
        #expect(throws: DecodingError.self) { try Self.decode(CartError.self, #"{"errorDescription":"no code"}"#) }

        let order = try Self.decode(OrderError.self, #"{"code":"800002","description":"Failed"}"#)
        #expect(order.orderGroupId == "?" && order.code == "800002")
        #expect(try Self.encoded(order) == #"{"code":800002,"description":"Failed","orderGroupId":"?"}"#)
        #expect(try Self.decode(OrderError.self, #"{"orderGroupId":0,"code":"E1"}"#).orderGroupId == "0")
        #expect(throws: DecodingError.self) { try Self.decode(OrderError.self, #"{"orderGroupId":"1"}"#) }
    }
}
