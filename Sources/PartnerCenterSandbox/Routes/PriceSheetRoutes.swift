import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// The price sheet of §10 on the sandbox's Partner API origin (its own port, as `api.partner.microsoft.com` is
/// its own host):
/// `GET /v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value[?timeline=…&month=YYYYMM]`,
/// answered with `text/csv` in the columns of `PriceSheetCSV.columns`.
///
/// `PartnerAPIAuthMiddleware` checks the token (Partner API audience, a signed-in user). Choices: an unknown market is 400 `800002`; a market where reservations are not sold gets a
/// header-only sheet; the other documented views (`azure_consumption`, `updatedlicensebased`, `marketplace`,
/// `software`) are 400 `800002` because the sandbox prices reservations only; `timeline=history` needs `month`.
/// Every timeline returns the same (current) prices.
struct PriceSheetRoutes {
    let catalog: SandboxCatalog

    static let otherViews: Set<String> = ["azure_consumption", "updatedlicensebased", "marketplace", "software"]

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/v1.0/sales/:sheet/:value") { request, context in
            try await priceSheet(request, sheet: try context.parameters.require("sheet"), value: try context.parameters.require("value"))
        }
    }

    private func priceSheet(_ request: Request, sheet: String, value: String) async throws -> Response {
        let decodedValue = value.removingPercentEncoding ?? value
        guard decodedValue.lowercased() == "$value", let keys = Self.parseKeys(sheet.removingPercentEncoding ?? sheet) else {
            throw SandboxError(
                status: .notFound, code: "800002",
                description: "No such resource. Use /v1.0/sales/pricesheets(Market='US',PricesheetView='azure_reservations')/$value.")
        }
        guard let rawMarket = keys["market"], !rawMarket.isEmpty else {
            throw SandboxError.badRequest("Market is required, e.g. pricesheets(Market='US',PricesheetView='azure_reservations').")
        }
        guard let market = SandboxCatalog.normalizedCountry(rawMarket) else {
            throw SandboxError.badRequest("\(rawMarket.prefix(20)) is not a Partner Center market code.")
        }
        guard let view = keys["pricesheetview"]?.lowercased(), !view.isEmpty else {
            throw SandboxError.badRequest("PricesheetView is required, e.g. PricesheetView='azure_reservations'.")
        }
        guard view == "azure_reservations" else {
            let reason =
                Self.otherViews.contains(view)
                ? "The sandbox prices Azure reservations only; use PricesheetView='azure_reservations'."
                : "\(view.prefix(40)) is not a price sheet view."
            throw SandboxError.badRequest(reason)
        }
        try Self.checkTimeline(request)
        let csv = try catalog.priceSheetCSV(market: market)
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"pricesheet_\(market)_azure_reservations.csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: csv)))
    }

    /// The key values of `pricesheets(Market='US',PricesheetView='azure_reservations')`, keys lowercased.
    /// Values may be quoted (`''` is an escaped quote) or bare; spaces around keys and values are ignored.
    /// Nil when the segment is not a `pricesheets(...)` call.
    static func parseKeys(_ segment: String) -> [String: String]? {
        let trimmed = segment.trimmingCharacters(in: .whitespaces)
        let prefix = "pricesheets("
        guard trimmed.lowercased().hasPrefix(prefix), trimmed.hasSuffix(")") else { return nil }
        let inner = Array(trimmed.dropFirst(prefix.count).dropLast())
        var keys: [String: String] = [:]
        var index = 0
        func skipSpaces() { while index < inner.count, inner[index] == " " { index += 1 } }
        while index < inner.count {
            skipSpaces()
            var name = ""
            while index < inner.count, inner[index] != "=" { name.append(inner[index]); index += 1 }
            guard index < inner.count else { return nil }
            index += 1  // "="
            skipSpaces()
            var value = ""
            if index < inner.count, inner[index] == "'" {
                index += 1
                var closed = false
                while index < inner.count {
                    if inner[index] == "'" {
                        if index + 1 < inner.count, inner[index + 1] == "'" {
                            value.append("'")
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    value.append(inner[index])
                    index += 1
                }
                guard closed else { return nil }
                skipSpaces()
            } else {
                while index < inner.count, inner[index] != "," { value.append(inner[index]); index += 1 }
                value = value.trimmingCharacters(in: .whitespaces)
            }
            keys[name.trimmingCharacters(in: .whitespaces).lowercased()] = value
            guard index >= inner.count || inner[index] == "," else { return nil }
            index += 1
        }
        return keys
    }

    /// `timeline` ∈ current/history/future (any case); `month=YYYYMM`, required for history.
    static func checkTimeline(_ request: Request) throws {
        let query = request.uri.queryParameters
        let timeline = query.get("timeline")?.lowercased() ?? "current"
        guard ["current", "history", "future"].contains(timeline) else {
            throw SandboxError.badRequest("timeline must be current, history or future.")
        }
        if let month = query.get("month") {
            guard month.count == 6, month.allSatisfy(\.isASCII), let number = Int(month), (1...12).contains(number % 100) else {
                throw SandboxError.badRequest("month must be YYYYMM, e.g. 202501.")
            }
        } else if timeline == "history" {
            throw SandboxError.badRequest("timeline=history needs month=YYYYMM.")
        }
    }
}
