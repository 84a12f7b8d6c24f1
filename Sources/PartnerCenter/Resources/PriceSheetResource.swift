import Foundation

extension PartnerCenterClient {
    /// The price sheet (§10), on `configuration.priceSheetEndpoint` rather than the REST endpoint.
    public var priceSheet: PriceSheetResource { PriceSheetResource(client: self) }
}

/// `GET {priceSheetEndpoint}/v1.0/sales/pricesheets(Market='XX',PricesheetView='…')/$value` (§10).
///
/// The request goes through an executor like every other call (headers, retries), with a token for the Partner API
/// audience (`api.partner.microsoft.com`): a Partner Center token is refused there with 401. The service requires
/// an App+User token of an Admin Agent or Sales Agent; an app-only client has no Partner API token source and is
/// told prices need a user sign-in without a request.
public struct PriceSheetResource: Sendable {
    let client: PartnerCenterClient

    /// The partner prices of Azure reservations in `market`, one entry per SKU and term.
    /// - Parameters:
    ///   - market: two-letter market code, e.g. `US`.
    ///   - timeline: current prices by default; `.future` or `.history(year:month:)`.
    /// - Returns: the rows of the `azure_reservations` sheet; see `PriceSheetCSV` for the columns read.
    /// - Throws: `PartnerCenterError`; `.malformedResponse(field:)` names a missing or unreadable column.
    public func reservations(market: String, timeline: PriceSheetTimeline = .current) async throws -> [PriceSheetEntry] {
        let request = Self.request(market: market, view: "azure_reservations", timeline: timeline,
                                   baseURL: client.configuration.priceSheetEndpoint)
        guard let executor = client.partnerAPIExecutor else { throw Self.needsUserSignIn }
        let (response, requestID, correlationID) = try await executor.perform(request, correlationID: client.correlationID)
        do {
            return try PriceSheetCSV.parse(response.body, market: market, operation: request.operation)
        } catch var error as PartnerCenterError {
            error.httpStatus = response.status
            error.requestID = requestID
            error.correlationID = correlationID
            throw error
        }
    }

    /// What an app-only client gets: the price sheet supports App+User sign-in only.
    public static let needsUserSignIn = PartnerCenterError(
        kind: .authentication, operation: "get price sheet", serviceDescription: PriceSheetResource.userSignInMessage)

    /// The words the catalog shows in place of prices for an app-only sign-in.
    public static let userSignInMessage = "Prices need user sign-in (pcres login)"

    /// The request for one sheet; the OData key values are quoted, with `'` doubled as OData requires.
    static func request(market: String, view: String, timeline: PriceSheetTimeline, baseURL: URL) -> APIRequest {
        func quoted(_ value: String) -> String { APIRequest.segment(value.replacingOccurrences(of: "'", with: "''")) }
        let path = "/v1.0/sales/pricesheets(Market='\(quoted(market))',PricesheetView='\(quoted(view))')/$value"
        return APIRequest(
            operation: "get price sheet", path: path,
            query: timeline.queryItems.map { URLQueryItem(name: $0.name, value: $0.value) }, accept: "text/csv",
            baseURL: baseURL, isDocument: true)
    }
}
