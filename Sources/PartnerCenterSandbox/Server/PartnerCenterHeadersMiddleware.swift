import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// Does what every Partner Center answer has in common: echoes `MS-RequestId` and `MS-CorrelationId`,
/// checks the bearer token on `/v1`, and turns every failure (including unknown routes and wrong methods)
/// into the documented error body.
struct PartnerCenterHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: SandboxTokenIssuer

    /// The header that marks the sandbox's answers (the client reads it as `ServerKind.sandboxHeader`).
    static var sandboxHeader: String { "X-Pcres-Sandbox" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            if request.uri.path.lowercased().hasPrefix("/v1/") {
                guard let token = Self.bearerToken(request), await tokens.isValid(token) else {
                    throw SandboxError.missingToken
                }
            }
            response = try await next(request, context)
        } catch let error as SandboxError {
            response = JSONResponse.error(error)
            if error.status == .unauthorized { response.headers[.wwwAuthenticate] = "OAuth realm=\"PartnerCenterSandbox\"" }
        } catch let error as HTTPError {
            response = JSONResponse.error(Self.translate(error, path: request.uri.path, method: request.method))
        } catch let error as any HTTPResponseError {
            response = JSONResponse.error(
                SandboxError(status: error.status, code: "800002", description: "The request could not be processed."))
        } catch {
            context.logger.error("sandbox failure: \(error)")
            response = JSONResponse.error(
                SandboxError(status: .internalServerError, code: "800003", description: "Unexpected sandbox error."))
        }
        for name in ["MS-RequestId", "MS-CorrelationId"] {
            if let field = HTTPField.Name(name), let value = request.headers[field] { response.headers[field] = value }
        }
        if let field = HTTPField.Name("MS-CV") { response.headers[field] = "sandbox.0" }
        // Says "this is the pcres sandbox" on every answer, errors included, so a client pointed here by
        // PCRES_ENDPOINT can show the SANDBOX badge. Partner Center never sends this header, so it can only ever
        // turn the badge on for our own server, never make a live endpoint look like a sandbox.
        if let field = HTTPField.Name(Self.sandboxHeader) { response.headers[field] = "1" }
        return response
    }

    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1])
    }

    static func translate(_ error: HTTPError, path: String, method: HTTPRequest.Method) -> SandboxError {
        switch error.status {
        case .notFound:
            return SandboxError(status: .notFound, code: "800002", description: "No such resource: \(method) \(path).")
        case .methodNotAllowed:
            return SandboxError(status: .methodNotAllowed, code: "800002", description: "\(method) is not allowed on \(path).")
        case .contentTooLarge:
            return SandboxError(status: .contentTooLarge, code: "800002", description: "The request body is too large.")
        default:
            return SandboxError(status: error.status, code: "800002", description: error.body ?? "The request was not valid.")
        }
    }
}
