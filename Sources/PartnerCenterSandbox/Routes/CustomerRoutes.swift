import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// Operations 1–3: customers (seek-paged), a customer by ID, and a customer's subscriptions.
struct CustomerRoutes {
    let store: SandboxStore

    static let defaultPageSize = 100
    static let maximumPageSize = 1000

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/v1/customers") { request, _ in try listCustomers(request) }
        router.get("/v1/customers/:customerId") { _, context in
            let id = try context.parameters.require("customerId")
            guard let customer = try store.customer(id: id) else {
                throw SandboxError.notFound("Customer \(id)", code: "800002")
            }
            return try JSONResponse.make(customer.detail)
        }
        router.get("/v1/customers/:customerId/subscriptions") { _, context in
            let id = try context.parameters.require("customerId")
            guard try store.customer(id: id) != nil else { throw SandboxError.notFound("Customer \(id)", code: "800002") }
            let items = try store.subscriptions(customerID: id).map(\.resource)
            var collection = ResourceCollection(items: items)
            collection.links = ResourceLinks(selfLink: Link(uri: "/customers/\(id)/subscriptions"))
            return try JSONResponse.make(collection)
        }
    }

    /// `GET /v1/customers?size=N[&filter=…]`, and the next pages as
    /// `?size=N&seekOperation=Next` with the `MS-ContinuationToken` header (§1.5).
    private func listCustomers(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        var size = Self.defaultPageSize
        if let text = query.get("size") {
            guard let value = Int(text), (1...Self.maximumPageSize).contains(value) else {
                throw SandboxError.badRequest("size must be a whole number from 1 to \(Self.maximumPageSize).")
            }
            size = value
        }
        var offset = 0
        var filter: CustomerFilter?
        if let text = query.get("filter") {
            guard let data = text.data(using: .utf8), let parsed = try? JSONDecoder().decode(CustomerFilter.self, from: data)
            else { throw SandboxError.badRequest("filter must be JSON like {\"Field\":\"CompanyName\",\"Value\":\"con\",\"Operator\":\"starts_with\"}.") }
            guard parsed.operator.lowercased() == "starts_with" else {
                throw SandboxError.badRequest("Only the starts_with operator is supported.")
            }
            filter = parsed
        }
        if let seek = query.get("seekOperation") {
            guard seek.lowercased() == "next" else { throw SandboxError.badRequest("seekOperation must be Next.") }
            guard let header = HTTPField.Name("MS-ContinuationToken").flatMap({ request.headers[$0] }),
                let token = ContinuationToken(encoded: header)
            else { throw SandboxError.badRequest("The MS-ContinuationToken header is missing or not valid.") }
            offset = token.offset
            size = token.size
            filter = token.filter
        }
        let (records, total) = try store.customers(offset: offset, limit: size, filter: filter)
        var links = ResourceLinks(selfLink: Link(uri: "/customers?size=\(size)"))
        if offset + records.count < total {
            let token = ContinuationToken(offset: offset + records.count, size: size, filter: filter)
            links.next = Link(
                uri: "/customers?size=\(size)&seekOperation=Next",
                headers: [Link.Header(key: "MS-ContinuationToken", value: token.encoded)])
        }
        let collection = ResourceCollection(items: records.map(\.listItem), totalCount: total, links: links)
        return try JSONResponse.make(collection)
    }
}
