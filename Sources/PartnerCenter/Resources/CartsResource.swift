import Foundation

/// `/customers/{id}/carts` (operations 13, 14, 14b, 15).
public struct CartsResource: Sendable {
    let client: PartnerCenterClient
    let customerPath: String

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Creates a cart (operation 13, `201 Created`). Read each line's `error` before checking out.
    /// - Parameter requestID: the idempotency key; pass the journaled one so a re-sent create returns the same cart
    ///   instead of a second one. A new one when nil.
    public func create(_ cart: Cart, requestID: RequestID? = nil) async throws -> Cart {
        try await client.send(
            APIRequest(
                operation: "create cart", method: "POST", path: customerPath + "/carts", body: try Self.encoder.encode(cart),
                requestID: requestID),
            as: Cart.self)
    }

    /// One cart's node.
    public func byID(_ id: CartID) -> CartResource {
        CartResource(client: client, path: customerPath + "/carts/" + APIRequest.segment(id.rawValue))
    }
}

/// `/customers/{cid}/carts/{cartId}`.
public struct CartResource: Sendable {
    let client: PartnerCenterClient
    let path: String

    /// The cart as the service has it (operation 14b, SDK-only).
    public func get() async throws -> Cart {
        try await client.send(APIRequest(operation: "get cart", path: path), as: Cart.self)
    }

    /// Replaces the cart's lines (operation 14); only `Active` carts can be updated.
    public func update(_ cart: Cart) async throws -> Cart {
        try await client.send(
            APIRequest(operation: "update cart", method: "PUT", path: path, body: try CartsResource.encoder.encode(cart)),
            as: Cart.self)
    }

    /// Checks the cart out (operation 15). Idempotent per cart and per `MS-RequestId`: pass the request ID
    /// recorded in the checkout journal so a retry after a crash re-sends the same request.
    /// - Parameter requestID: the idempotency key; a new one when nil.
    public func checkOut(requestID: RequestID? = nil) async throws -> CartCheckoutResult {
        try await client.send(
            APIRequest(operation: "check out cart", method: "POST", path: path + "/checkout", requestID: requestID),
            as: CartCheckoutResult.self)
    }
}
