import Foundation
import HTTPTypes
import GRDB
import Hummingbird
import PartnerCenter

/// Operations 13–15: create, read, update and check out carts. POSTs are idempotent per `MS-RequestId`:
/// a retry with the same ID gets the first answer again.
struct CartRoutes {
    let store: SandboxStore
    let catalog: any PurchasableCatalog
    let behavior: SandboxBehavior
    let maximumBodySize: Int
    let clock: SandboxClock

    func register(on router: Router<SandboxRequestContext>) {
        let carts = "/v1/customers/:customerId/carts"
        router.post(RouterPath(carts)) { request, context in
            let customerID = try context.parameters.require("customerId")
            let submitted = try await decodeCart(request)
            return try idempotent(request, path: "/customers/\(customerID)/carts") { db in
                let now = clock.now
                guard let customer = try CustomerRecord.fetchOne(db, key: customerID) else {
                    throw SandboxError.notFound("Customer \(customerID)", code: "800002")
                }
                var cart = Cart(lineItems: try validated(submitted.lineItems, customer: customer, now: now, db: db))
                cart.id = CartID(UUID().uuidString.lowercased())
                cart.creationTimestamp = now
                cart.lastModifiedTimestamp = now
                cart.expirationTimestamp = now.addingTimeInterval(behavior.cartLifetime)
                cart.lastModifiedUser = "sandbox-user"
                cart.status = .active
                cart.links = ResourceLinks(selfLink: Link(uri: "/customers/\(customerID)/carts/\(cart.id?.rawValue ?? "")"))
                cart.attributes = ResourceAttributes(objectType: "Cart")
                try store.saveCart(cart, customerID: customerID, expiresAt: cart.expirationTimestamp ?? now, in: db)
                return (HTTPResponse.Status.created, try WireCoding.encoder.encode(cart))
            }
        }
        router.get(RouterPath(carts + "/:cartId")) { _, context in
            let customerID = try context.parameters.require("customerId")
            let cartID = try context.parameters.require("cartId")
            guard let cart = try store.cart(customerID: customerID, cartID: cartID) else {
                throw SandboxError.notFound("Cart \(cartID)", code: "800008")
            }
            return try JSONResponse.make(cart)
        }
        router.put(RouterPath(carts + "/:cartId")) { request, context in
            let customerID = try context.parameters.require("customerId")
            let cartID = try context.parameters.require("cartId")
            let submitted = try await decodeCart(request)
            let updated: Cart = try store.write { db in
                let now = clock.now
                guard let customer = try CustomerRecord.fetchOne(db, key: customerID),
                    var cart = try store.cart(customerID: customerID, cartID: cartID, in: db)
                else { throw SandboxError.notFound("Cart \(cartID)", code: "800008") }
                guard cart.status == .active else {
                    throw SandboxError(status: .badRequest, code: "800065", description: "Cart \(cartID) was already submitted; only active carts can be updated.")
                }
                guard !cart.isExpired(now: now) else {
                    throw SandboxError(status: .notFound, code: "800008", description: "Cart \(cartID) expired; create a new one.")
                }
                cart.lineItems = try validated(submitted.lineItems, customer: customer, now: now, db: db)
                cart.lastModifiedTimestamp = now
                try store.saveCart(cart, customerID: customerID, expiresAt: cart.expirationTimestamp ?? now, in: db)
                return cart
            }
            return try JSONResponse.make(updated)
        }
        router.post(RouterPath(carts + "/:cartId/checkout")) { request, context in
            let customerID = try context.parameters.require("customerId")
            let cartID = try context.parameters.require("cartId")
            let processor = CheckoutProcessor(store: store, catalog: catalog, behavior: behavior)
            return try idempotent(request, path: "/customers/\(customerID)/carts/\(cartID)/checkout") { db in
                let result = try processor.checkOut(customerID: customerID, cartID: cartID, now: clock.now, in: db)
                return (HTTPResponse.Status.created, try WireCoding.encoder.encode(result))
            }
        }
    }

    private func validated(_ lines: [CartLineItem], customer: CustomerRecord, now: Date, db: Database) throws -> [CartLineItem] {
        guard !lines.isEmpty else { throw SandboxError.badRequest("A cart needs at least one line item.") }
        guard lines.count <= 50 else { throw SandboxError.badRequest("A cart holds at most 50 line items.") }
        let subscriptions = try store.subscriptionsByID(customerID: customer.id, now: now, in: db)
        return CartValidator(catalog: catalog, country: customer.country, subscriptions: subscriptions).validate(lines)
    }

    private func decodeCart(_ request: Request) async throws -> Cart {
        let body = try await request.body.collect(upTo: maximumBodySize)
        do {
            return try WireCoding.requestDecoder.decode(Cart.self, from: Data(buffer: body))
        } catch let error as DecodingError {
            throw SandboxError.badRequest("The cart is not valid JSON for a Cart: \(Self.describe(error)).")
        } catch {
            throw SandboxError.badRequest("The cart is not valid JSON.")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "malformed JSON" : "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default:
            return "unreadable"
        }
    }

    /// Runs a POST once per `MS-RequestId`: inside one transaction, a known ID replays the stored answer.
    private func idempotent(
        _ request: Request, path: String, _ body: @escaping (Database) throws -> (HTTPResponse.Status, Data)
    ) throws -> Response {
        let requestID = HTTPField.Name("MS-RequestId").flatMap { request.headers[$0] }
        let (status, data, replayed): (Int, Data, Bool) = try store.write { db in
            if let requestID,
                let row = try Row.fetchOne(
                    db, sql: "SELECT status, body FROM replayableResponse WHERE requestId = ? AND method = 'POST' AND path = ?",
                    arguments: [requestID, path])
            {
                return (row["status"], row["body"], true)
            }
            let (status, data) = try body(db)
            if let requestID {
                try store.rememberResponse(requestID: requestID, method: "POST", path: path, status: status.code, headers: [:], body: data, in: db)
            }
            return (status.code, data, false)
        }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if replayed, let name = HTTPField.Name("MS-Sandbox-Replayed") { headers[name] = "true" }
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
