import Foundation
import Hummingbird
import PartnerCenter

/// Builds JSON responses the way Partner Center sends them (camelCase, UTF-8).
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func make<Body: Encodable>(_ body: Body, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        make(encoded: try encoder.encode(body), status: status, headers: headers)
    }

    /// An answer with JSON encoded before (e.g. kept in the catalog's response cache).
    static func make(encoded data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ error: SandboxError) -> Response {
        // Encoding a struct of strings cannot fail; fall back to an empty body rather than crash.
        (try? make(error.body, status: error.status)) ?? Response(status: error.status)
    }
}
