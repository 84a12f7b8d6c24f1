import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// The Partner API origin's gate (`api.partner.microsoft.com`, the price sheet): a token for that audience from a
/// signed-in user, else the answers the notes document (API notes 2, §3):
/// - no token, an unknown one, or one for another audience (a Partner Center token, say): 401
///   `{"statusCode": 401, "message": "Unauthorized: Invalid Authorization header"}`;
/// - an app-only token: 400, as the price sheet page tells partners getting 400 to check their sign-in
///   ("Application-only isn't yet supported").
/// Other failures answer in Partner Center's error body, as before the origins were split.
struct PartnerAPIAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: SandboxTokenIssuer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            let grant = await tokens.grant(bearing: request)
            guard let grant, grant.audience == .partnerAPI else {
                var body = ServiceErrorBody(code: nil, description: nil, source: nil, data: nil)
                body.statusCode = 401
                body.message = "Unauthorized: Invalid Authorization header"
                response = try JSONResponse.make(body, status: .unauthorized)
                response.headers[.wwwAuthenticate] = "Bearer realm=\"PartnerAPISandbox\""
                return Self.marked(response)
            }
            guard !grant.isAppOnly else {
                throw SandboxError.badRequest(
                    "The price sheet only supports application user authentication. Application-only isn't yet supported.")
            }
            response = try await next(request, context)
        } catch let error as SandboxError {
            response = JSONResponse.error(error)
        } catch let error as HTTPError {
            response = JSONResponse.error(PartnerCenterHeadersMiddleware<Context>.translate(error, path: request.uri.path, method: request.method))
        }
        return Self.marked(response)
    }

    private static func marked(_ response: Response) -> Response {
        var copy = response
        if let field = HTTPField.Name(PartnerCenterHeadersMiddleware<Context>.sandboxHeader) { copy.headers[field] = "1" }
        return copy
    }
}
