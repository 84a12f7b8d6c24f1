import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// An error in Microsoft Graph's envelope: `{"error":{"code":"…","message":"…","innerError":{"date":"…"}}}`.
struct GraphError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    private struct Envelope: Encodable {
        struct Body: Encodable {
            var code: String
            var message: String
            var innerError: [String: String]
        }
        var error: Body
    }

    /// The error as Graph sends it, dated `date`.
    func response(at date: Date) -> Response {
        let body = Envelope(error: .init(code: code, message: message, innerError: ["date": WireDate.format(date)]))
        var response = (try? JSONResponse.make(body, status: status)) ?? Response(status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"GraphSandbox\"" }
        return response
    }

    static func badRequest(_ message: String) -> GraphError {
        GraphError(status: .badRequest, code: "BadRequest", message: message)
    }
}
