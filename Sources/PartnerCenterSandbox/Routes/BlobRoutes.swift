import Foundation
import HTTPTypes
import Hummingbird

/// The blob storage origin: `GET /{directory}/{file}?{sasToken}` answers the export file's gzip bytes. Like Azure
/// Blob Storage read with a SAS, it wants no bearer token: a request with an `Authorization` header is refused (and
/// counted, so tests can prove the client never sends one here). A SAS past its `se` is 403
/// `AuthenticationFailed`, as Azure answers.
struct BlobRoutes {
    let exports: BillingExportDesk

    func register(on router: Router<SandboxRequestContext>) {
        router.get("**") { request, _ in
            let path = String(request.uri.path.drop { $0 == "/" })
            let signature = request.uri.queryParameters.get("sig")
            switch await exports.blob(path: path, signature: signature, hasAuthorization: request.headers[.authorization] != nil) {
            case .file(let data):
                return Response(
                    status: .ok, headers: [.contentType: "application/octet-stream", .contentEncoding: "identity"],
                    body: .init(byteBuffer: ByteBuffer(bytes: data)))
            case .bearerTokenRefused:
                return Self.storageError(.badRequest, "InvalidAuthenticationInfo", "A SAS request must not carry a bearer token.")
            case .expired:
                return Self.storageError(.forbidden, "AuthenticationFailed", "Signature not valid in the specified time frame.")
            case .forbidden:
                return Self.storageError(.forbidden, "AuthenticationFailed", "Server failed to authenticate the request.")
            case .notFound:
                return Self.storageError(.notFound, "BlobNotFound", "The specified blob does not exist.")
            }
        }
    }

    /// Azure Storage's XML error body.
    private static func storageError(_ status: HTTPResponse.Status, _ code: String, _ message: String) -> Response {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>\(code)</Code><Message>\(message)</Message></Error>"
        var headers: HTTPFields = [.contentType: "application/xml"]
        if let field = HTTPField.Name("x-ms-error-code") { headers[field] = code }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}
