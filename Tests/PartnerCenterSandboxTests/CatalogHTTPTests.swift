import Foundation
import PartnerCenter
import PartnerCenterSandbox
import Testing

/// The catalog and price sheet routes at the HTTP level, as curl would see them.
struct CatalogHTTPTests {
    struct Exchange {
        var status: Int
        var headers: [String: String]
        var body: Data
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> Exchange {
        let response = try await AsyncHTTPClientTransport.shared.send(TransportRequest(method: method, url: url, headers: headers, body: body))
        return Exchange(status: response.status, headers: response.headers, body: response.body)
    }

    /// A running sandbox and a bearer header for it.
    static func start() async throws -> (SandboxServer, [String: String]) {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let form = "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret"
        let exchange = try await send(
            "POST", server.baseURL.appendingPathComponent("contoso-partner/oauth2/token"),
            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(form.utf8))
        let token = try #require(exchange.json?["access_token"] as? String)
        return (server, ["Authorization": "Bearer \(token)", "MS-RequestId": "req-cat"])
    }

    /// A URL on the origin that serves the path: the Partner API for the price sheet, else Partner Center.
    static func url(_ server: SandboxServer, _ pathAndQuery: String) throws -> URL {
        let origin = pathAndQuery.hasPrefix("/v1.0/sales/") ? server.partnerAPIURL : server.baseURL
        return try #require(URL(string: origin.absoluteString + pathAndQuery))
    }

    /// A bearer header from the v2 token endpoint for `scope`.
    static func auth(_ server: SandboxServer, scope: String) async throws -> [String: String] {
        let form = "grant_type=client_credentials&client_id=pcres-sandbox&client_secret=sandbox-secret&scope="
            + (scope.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let exchange = try await send(
            "POST", server.baseURL.appendingPathComponent("contoso-partner/oauth2/v2.0/token"),
            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(form.utf8))
        return ["Authorization": "Bearer \(try #require(exchange.json?["access_token"] as? String))"]
    }

    @Test("query errors have the documented statuses, codes and body")
    func queryErrors() async throws {
        let (server, auth) = try await Self.start()
        defer { Task { await server.stop() } }
        let product = try #require(server.catalog.products(country: "US", view: .azureReservations).first).id.rawValue
        let cases: [(String, Int, String)] = [
            ("/v1/products?targetView=AzureReservations", 400, "800002"),
            ("/v1/products?country=&targetView=AzureReservations", 400, "800002"),
            ("/v1/products?country=ZZ&targetView=AzureReservations", 400, "800002"),
            ("/v1/products?country=US", 400, "800002"),
            ("/v1/products?country=US&targetView=AzureAzureReservationsVM", 403, "400036"),
            ("/v1/products?country=US&targetView=AzureReservations&targetSegment=nonprofit", 403, "400030"),
            ("/v1/products?country=US&targetView=AzureReservations&targetSegment=martians", 403, "400030"),
            ("/v1/products?country=US&targetView=AzureReservations&reservationScope=Everything", 400, "800002"),
            ("/v1/products/\(product)/skus?country=US&targetSegment=nonprofit", 403, "400030"),
            ("/v1/products/\(product)/skus/0001/availabilities?country=US&targetSegment=nonprofit", 403, "400030"),
            ("/v1/products/\(product)", 400, "800002"),
            ("/v1/products/NOPE?country=US", 404, "400013"),
            ("/v1/products/\(product)/skus/ZZZZ?country=US", 404, "400018"),
            ("/v1/products/NOPE/skus/0001/availabilities/X?country=US", 404, "400013"),
            ("/v1/products/\(product)/skus/0001/availabilities/X?country=US", 404, "400019"),
        ]
        for (path, status, code) in cases {
            let exchange = try await Self.send("GET", try Self.url(server, path), headers: auth)
            #expect(exchange.status == status, "\(path)")
            #expect(exchange.json?["code"] as? String == code, "\(path)")
            #expect((exchange.json?["description"] as? String)?.isEmpty == false, "\(path)")
            #expect(exchange.headers["ms-requestid"] == "req-cat")
        }
        let unauthorized = try await Self.send("GET", try Self.url(server, "/v1/products?country=US&targetView=AzureReservations"))
        #expect(unauthorized.status == 401)
    }

    @Test("collections carry links.self; a lower-case reservationScope works; segments other than commercial see no availability")
    func collectionShape() async throws {
        let (server, auth) = try await Self.start()
        defer { Task { await server.stop() } }
        let list = try await Self.send("GET", try Self.url(server, "/v1/products?country=us&targetView=azurereservationsvm&reservationScope=azureplan"), headers: auth)
        #expect(list.status == 200)
        let links = try #require(list.json?["links"] as? [String: Any])
        #expect((links["self"] as? [String: Any])?["uri"] as? String == "/products?country=US&targetView=azurereservationsvm&reservationScope=AzurePlan")
        let items = try #require(list.json?["items"] as? [[String: Any]])
        #expect(list.json?["totalCount"] as? Int == items.count)
        let first = try #require(items.first)
        let id = try #require(first["id"] as? String)
        let skuLink = ((first["links"] as? [String: Any])?["skus"] as? [String: Any])?["uri"] as? String
        #expect(skuLink == "/products/\(id)/skus?country=US&reservationScope=AzurePlan")
        #expect((first["attributes"] as? [String: Any])?["objectType"] as? String == "Product")

        let education = try await Self.send("GET", try Self.url(server, "/v1/products/\(id)/skus/0001/availabilities?country=US&targetSegment=education"), headers: auth)
        #expect(education.status == 200)
        #expect((education.json?["items"] as? [Any])?.isEmpty == true)
        let skus = try await Self.send("GET", try Self.url(server, "/v1/products/\(id)/skus?country=US"), headers: auth)
        let sku = try #require((skus.json?["items"] as? [[String: Any]])?.first)
        let attributes = try #require(sku["dynamicAttributes"] as? [String: String])
        #expect(Set(attributes.keys).isSuperset(of: ["armSkuName", "armRegionName", "region", "cores", "ram", "duration", "skuDisplayName", "category", "diskType"]))
        #expect(sku["supportedBillingCycles"] as? [String] == ["one_time"])
    }

    @Test("checkInventory accepts both spellings of the path and PascalCase bodies, and answers a bare array")
    func checkInventoryBodies() async throws {
        let (server, auth) = try await Self.start()
        defer { Task { await server.stop() } }
        let product = try #require(server.catalog.products(country: "US", view: .azureReservationsVM).first { $0.title.contains("HBv3") })
        let pascal = #"{"TargetItems":[{"ProductId":"\#(product.id)","SkuId":"0001"},{"ProductId":"NOPE"}],"InventoryContext":{"CustomerId":"c","AzureSubscriptionId":"s","ArmRegionName":"eastus"}}"#
        for path in ["checkInventory", "checkinventory"] {
            let exchange = try await Self.send(
                "POST", try Self.url(server, "/v1/extensions/product/\(path)?country=US"),
                headers: auth.merging(["Content-Type": "application/json"]) { $1 }, body: Data(pascal.utf8))
            #expect(exchange.status == 200, "\(path)")
            let array = try #require((try? JSONSerialization.jsonObject(with: exchange.body)) as? [[String: Any]])
            #expect(array.count == 1)
            #expect(array.first?["skuId"] as? String == "0001")
            #expect(array.first?["isRestricted"] is Bool)
        }
        for (body, country) in [("not json", "US"), (#"{"targetItems":[]}"#, "US"), (#"{"targetItems":[{"productId":"x"}]}"#, "")] {
            let exchange = try await Self.send(
                "POST", try Self.url(server, "/v1/extensions/product/checkInventory?country=\(country)"), headers: auth, body: Data(body.utf8))
            #expect(exchange.status == 400, "\(body)")
            #expect(exchange.json?["code"] as? String == "800002")
        }
    }

    @Test("the price sheet is on the Partner API origin: a Partner Center token gets the documented 401, an app-only one 400")
    func priceSheetOrigin() async throws {
        let (server, partnerCenter) = try await Self.start()
        defer { Task { await server.stop() } }
        let path = "/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value"
        let appOnly = try await Self.auth(server, scope: "https://api.partner.microsoft.com/.default")
        let user = try await Self.auth(server, scope: SandboxTokenIssuer.userScope)
        for headers in [[:], ["Authorization": "Bearer made-up"], partnerCenter] {
            let refused = try await Self.send("GET", try Self.url(server, path), headers: headers)
            #expect(refused.status == 401)
            #expect(refused.json?["statusCode"] as? Int == 401)
            #expect(refused.json?["message"] as? String == "Unauthorized: Invalid Authorization header")
        }
        let appRefused = try await Self.send("GET", try Self.url(server, path), headers: appOnly)
        #expect(appRefused.status == 400)
        #expect(appRefused.text.contains("Application-only"))
        #expect(try await Self.send("GET", try Self.url(server, path), headers: user).status == 200)
        // Not on the Partner Center origin any more, and a Partner API token opens nothing there.
        let misplaced = try await Self.send("GET", try #require(URL(string: server.baseURL.absoluteString + path)), headers: partnerCenter)
        #expect(misplaced.status == 404)
        #expect(try await Self.send("GET", try Self.url(server, "/v1/products?country=US"), headers: user).status == 401)
    }

    @Test("the price sheet parses the OData segment robustly and answers CSV")
    func priceSheet() async throws {
        let (server, _) = try await Self.start()
        defer { Task { await server.stop() } }
        let auth = try await Self.auth(server, scope: SandboxTokenIssuer.userScope)
        let path = "/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value"
        let sheet = try await Self.send("GET", try Self.url(server, path), headers: auth)
        #expect(sheet.status == 200)
        #expect(sheet.headers["content-type"]?.hasPrefix("text/csv") == true)
        let lines = sheet.text.split(separator: "\r\n")
        #expect(lines.first.map(String.init) == PriceSheetCSV.columns.joined(separator: ","))
        #expect(lines.count == server.catalog.skuCountPerCountry + 1)
        let entries = try PriceSheetCSV.parse(sheet.body, market: "US")
        #expect(entries == server.catalog.priceSheetEntries(market: "US"))

        let variants = [
            "/v1.0/sales/pricesheets(market='de',pricesheetview='AZURE_RESERVATIONS')/$value",
            "/v1.0/sales/pricesheets(PricesheetView='azure_reservations',Market='DE')/%24value",
            "/v1.0/sales/pricesheets(Market=%27DE%27,%20PricesheetView=%27azure_reservations%27)/$value",
            "/v1.0/sales/pricesheets(Market='DE',PricesheetView='azure_reservations')/$value?timeline=history&month=202412",
        ]
        for variant in variants {
            let exchange = try await Self.send("GET", try Self.url(server, variant), headers: auth)
            #expect(exchange.status == 200, "\(variant)")
            #expect(exchange.text.contains(",DE,EUR,"), "\(variant)")
        }
        let refusals: [(String, Int)] = [
            ("/v1.0/sales/pricesheets(Market='ZZ',PricesheetView='azure_reservations')/$value", 400),
            ("/v1.0/sales/pricesheets(PricesheetView='azure_reservations')/$value", 400),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_consumption')/$value", 400),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='colours')/$value", 400),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value?timeline=history", 400),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value?timeline=yesterday", 400),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value?month=2025", 400),
            ("/v1.0/sales/pricesheets(Market='US,PricesheetView='azure_reservations')/$value", 404),
            ("/v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$metadata", 404),
            ("/v1.0/sales/invoices(Market='US')/$value", 404),
        ]
        for (variant, status) in refusals {
            let exchange = try await Self.send("GET", try Self.url(server, variant), headers: auth)
            #expect(exchange.status == status, "\(variant)")
            #expect(exchange.json?["code"] as? String == "800002", "\(variant)")
        }
        let unsold = try await Self.send(
            "GET", try Self.url(server, "/v1.0/sales/pricesheets(Market='BR',PricesheetView='azure_reservations')/$value"), headers: auth)
        #expect(unsold.status == 200)
        #expect(try PriceSheetCSV.parse(unsold.body, market: "BR").isEmpty)
    }
}
