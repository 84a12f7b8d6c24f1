import Foundation
import PartnerCenter
import Testing

/// The price sheet (§10): the request on its own host, and the CSV columns chosen in `PriceSheetCSV`.
struct CatalogPriceSheetTests {
    static func csv(_ text: String, status: Int = 200) -> TransportResponse {
        TransportResponse(status: status, headers: ["Content-Type": "text/csv"], body: Data(text.utf8))
    }

    static func client(_ transport: ScriptedTransport) -> PartnerCenterClient {
        PartnerCenterClient(
            configuration: PartnerCenterConfiguration(
                endpoint: URL(string: "https://pc.example.test")!, retryPolicy: RetryPolicy(maxAttempts: 2),
                priceSheetEndpoint: URL(string: "https://prices.example.test")!),
            transport: transport, tokenProvider: StaticTokenProvider("pc-token"), partnerAPITokens: StaticTokenProvider("test-token"),
            sleep: SleepRecorder().sleep)
    }

    @Test("the sheet is fetched from the price sheet host with the OData path, the usual headers and a retry")
    func requestShape() async throws {
        let sheet = "ProductId,SkuId,TermDuration,Currency,UnitPrice\nDZH318Z0BQ3Q,0001,P1Y,USD,512.34\n"
        let transport = ScriptedTransport([Self.csv("busy", status: 503), Self.csv(sheet)])
        let entries = try await Self.client(transport).priceSheet.reservations(market: "US", timeline: .history(year: 2025, month: 3))
        #expect(entries.count == 1)
        let sent = transport.sent
        #expect(sent.count == 2, "a 503 is retried like any other call")
        #expect(
            sent[0].url.absoluteString
                == "https://prices.example.test/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value?timeline=history&month=202503")
        #expect(sent[0].headers["Authorization"] == "Bearer test-token")
        #expect(sent[0].headers["Accept"] == "text/csv")
        #expect(sent[0].headers["MS-RequestId"] == sent[1].headers["MS-RequestId"], "the retry keeps the request ID")
    }

    @Test("rows become typed entries keyed on product, SKU and term; extra columns, quotes, BOM and blank lines are fine")
    func parsesRows() throws {
        let text = "\u{FEFF}Product Id,sku_id,ProductTitle,SkuTitle,Term,Market,currency,UnitPrice,UnitOfMeasure,Colour\r\n"
            + "DZH318Z0BQ3Q,0001,\"Reserved VM Instances, Dsv5 Series\",\"Reserved VM Instance, Standard_D2s_v5, US East, 1 Year\",p1y,us,usd,512.34,1 Instance,blue\r\n"
            + "\r\n"
            + "DZH318Z0BQ3Q,0002,x,y,P3Y,US,USD,1024,1 Instance,red\r\n"
        let entries = try PriceSheetCSV.parse(Data(text.utf8), market: "US")
        #expect(entries.count == 2)
        let first = entries[0]
        #expect(first.productID == "DZH318Z0BQ3Q")
        #expect(first.skuID == "0001")
        #expect(first.termDuration == "P1Y")
        #expect(first.unitPrice == Decimal(string: "512.34"))
        #expect(first.currencyCode == "USD")
        #expect(first.market == "US")
        #expect(first.productTitle == "Reserved VM Instances, Dsv5 Series", "quoted commas stay in the field")
        #expect(first.unitOfMeasure == "1 Instance")
        let index = PriceSheetEntry.index(entries)
        #expect(index[PriceSheetEntry.Key(productID: "DZH318Z0BQ3Q", skuID: "0002", termDuration: "p3y")]?.unitPrice == 1024)
    }

    @Test("a missing required column is a typed error naming the column", arguments: ["ProductId", "SkuId", "TermDuration", "Currency", "UnitPrice"])
    func missingColumn(_ column: String) throws {
        let columns = ["ProductId", "SkuId", "TermDuration", "Currency", "UnitPrice"].filter { $0 != column }
        let text = columns.joined(separator: ",") + "\n" + columns.map { _ in "1" }.joined(separator: ",") + "\n"
        do {
            _ = try PriceSheetCSV.parse(Data(text.utf8), market: "US")
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .malformedResponse(field: column))
        }
    }

    @Test("a price that is not a number, or an empty key, is a typed error naming the column and the row")
    func badValues() async throws {
        let transport = ScriptedTransport([Self.csv("ProductId,SkuId,TermDuration,Currency,UnitPrice\nP,0001,P1Y,USD,12abc\n")])
        do {
            _ = try await Self.client(transport).priceSheet.reservations(market: "US")
            Issue.record("expected an error")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .malformedResponse(field: "UnitPrice"))
            #expect(error.operation == "get price sheet")
            #expect(error.httpStatus == 200)
            #expect(error.requestID != nil)
            #expect(error.detail?.contains("row 2") == true)
        }
        #expect(throws: PartnerCenterError.self) {
            _ = try PriceSheetCSV.parse(Data("ProductId,SkuId,TermDuration,Currency,UnitPrice\nP,,P1Y,USD,1\n".utf8), market: "US")
        }
    }

    @Test("an empty body has no header row and says so")
    func emptyBody() {
        #expect(throws: PartnerCenterError.self) { _ = try PriceSheetCSV.parse(Data(), market: "US") }
    }
}
