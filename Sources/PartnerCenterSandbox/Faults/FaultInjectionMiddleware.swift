import Foundation
import Hummingbird
import PartnerCenter

/// Applies fault rules to `/v1` requests (and the price sheet): throttling, server errors, slowness, and
/// closing the connection before or after the request was handled.
struct FaultInjectionMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let faults: FaultInjector

    /// Thrown after the connection was closed on purpose; the server has nobody to answer.
    struct ConnectionDropped: Error {}

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/v1") else { return try await next(request, context) }
        guard let rule = await faults.take(method: request.method.rawValue, path: path) else {
            return try await next(request, context)
        }
        context.logger.notice("injecting fault \(rule.kind.rawValue) on \(request.method) \(path)")
        switch rule.kind {
        case .throttle:
            let seconds = rule.retryAfterSeconds ?? 1
            var response = try JSONResponse.make(ServiceErrorBody.throttled(retryAfterSeconds: seconds), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        case .serverError:
            let status = HTTPResponse.Status(code: rule.status ?? 503)
            return JSONResponse.error(SandboxError(status: status, code: "800003", description: "Injected server error."))
        case .slow:
            try await Task.sleep(nanoseconds: UInt64(max(0, rule.delayMilliseconds ?? 1000)) * 1_000_000)
            return try await next(request, context)
        case .drop:
            try await context.channel.close()
            throw ConnectionDropped()
        case .malformedBody:
            var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"totalCount": 3, "items": [ {"id": "#)))
            response.headers[.contentType] = "application/json; charset=utf-8"
            return response
        case .dropAfterCommit:
            _ = try await next(request, context)
            try await context.channel.close()
            throw ConnectionDropped()
        }
    }
}
