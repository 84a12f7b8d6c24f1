import Foundation

extension APIRequest {
    /// The request a link asks for: its method, its URI under `/v1` (query included) and its headers (§1.5).
    /// - Throws: `malformedResponse(field:)` when the URI is not a path on the same service: a link is followed
    ///   with the client's token, so it must not lead anywhere else.
    public init(operation: String, following link: Link, field: String) throws {
        guard link.uri.hasPrefix("/"), !link.uri.hasPrefix("//") else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: field), operation: operation,
                detail: "the link \(link.uri.prefix(80)) is not a path on this service; it was not followed")
        }
        let (path, query) = PartnerCenterClient.split(link.uri)
        var headers: [String: String] = [:]
        for header in link.headers { headers[header.key] = header.value }
        self.init(operation: operation, method: link.method.uppercased(), path: path, query: query, headers: headers)
    }
}
