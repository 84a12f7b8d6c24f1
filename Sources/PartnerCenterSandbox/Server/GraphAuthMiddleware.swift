import Foundation
import HTTPTypes
import Hummingbird

/// The Microsoft Graph origin's gate: a token for `graph.microsoft.com` (app-only or user, as
/// `PartnerBilling.Read.All` exists both ways), else Graph's 401 `InvalidAuthenticationToken`. Every failure
/// answers in Graph's error envelope `{"error":{"code","message","innerError"}}` (API notes 2, §1.10).
struct GraphAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: SandboxTokenIssuer
    let clock: SandboxClock

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            let grant = await tokens.grant(bearing: request)
            guard let grant else {
                throw GraphError(status: .unauthorized, code: "InvalidAuthenticationToken", message: "Access token is empty or not valid.")
            }
            guard grant.audience == .graph else {
                throw GraphError(
                    status: .unauthorized, code: "InvalidAuthenticationToken", message: "Access token validation failure. Invalid audience.")
            }
            response = try await next(request, context)
        } catch let error as GraphError {
            response = error.response(at: clock.now)
        } catch let error as HTTPError {
            response = GraphError(status: error.status, code: error.status == .notFound ? "ResourceNotFound" : "BadRequest",
                                  message: error.body ?? "\(request.method) \(request.uri.path) is not served.").response(at: clock.now)
        }
        if let field = HTTPField.Name(PartnerCenterHeadersMiddleware<Context>.sandboxHeader) { response.headers[field] = "1" }
        return response
    }
}
