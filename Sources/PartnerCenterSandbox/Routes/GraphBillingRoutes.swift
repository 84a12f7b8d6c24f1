import Foundation
import HTTPTypes
import Hummingbird

/// Microsoft Graph's partner billing exports on the Graph origin, under `/v1.0` and `/beta` (API notes 2, §1.3):
/// - `POST …/reports/partners/billing/reconciliation/billed/export` `{"invoiceId", "attributeSet"}`;
/// - `POST …/reports/partners/billing/reconciliation/unbilled/export` `{"billingPeriod": "current"|"last",
///   "currencyCode", "attributeSet"}`;
/// both `202 Accepted`, no body, `Location:` the operation;
/// - `GET …/reports/partners/billing/operations/{id}`: always 200; `Retry-After` while running;
/// - `GET …/reports/partners/billing/manifests/{id}`.
/// Usage exports are not served: reservations are only in the reconciliation exports.
struct GraphBillingRoutes {
    let exports: BillingExportDesk

    private struct ExportRequest: Decodable {
        var invoiceId: String?
        var billingPeriod: String?
        var currencyCode: String?
        var attributeSet: String?
    }

    private struct FailedOperation: Encodable {
        struct PublicError: Encodable {
            var code: String
            var message: String
        }
        var fields: [String: String]
        var error: PublicError

        func encode(to encoder: any Encoder) throws {
            try fields.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(error, forKey: Key(stringValue: "error"))
        }
    }

    private struct SucceededOperation: Encodable {
        var fields: [String: String]
        var manifest: BillingExportDesk.Manifest

        func encode(to encoder: any Encoder) throws {
            try fields.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(manifest, forKey: Key(stringValue: "resourceLocation"))
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func register(on router: Router<SandboxRequestContext>) {
        for version in ["v1.0", "beta"] {
            let base = "/\(version)/reports/partners/billing"
            router.post("\(base)/reconciliation/billed/export") { request, _ in
                let body = try await Self.body(request)
                guard let invoiceID = body.invoiceId?.trimmingCharacters(in: .whitespaces), !invoiceID.isEmpty else {
                    throw GraphError.badRequest("invoiceId is required, e.g. {\"invoiceId\":\"G016907411\"}.")
                }
                return try await accepted(.billed(invoiceID: invoiceID), body: body, version: version)
            }
            router.post("\(base)/reconciliation/unbilled/export") { request, _ in
                let body = try await Self.body(request)
                guard let period = body.billingPeriod, ["current", "last"].contains(period) else {
                    throw GraphError.badRequest("billingPeriod is required: current or last.")
                }
                guard let currency = body.currencyCode, currency.count == 3, currency.allSatisfy(\.isLetter) else {
                    throw GraphError.badRequest("currencyCode is required, e.g. \"USD\".")
                }
                return try await accepted(.unbilled(period: period, currency: currency), body: body, version: version)
            }
            router.get("\(base)/operations/:operationId") { _, context in
                let id = try context.parameters.require("operationId")
                guard let answer = await exports.poll(id: id, apiVersion: version) else {
                    throw GraphError(status: .notFound, code: "ResourceNotFound", message: "Operation \(id.prefix(40)) was not found.")
                }
                var fields = ["@odata.context": "https://graph.microsoft.com/\(version)/$metadata#reports/partners/billing/operations/$entity"]
                switch answer {
                case .running(let retryAfter, let operation):
                    fields.merge(operation) { $1 }
                    return try JSONResponse.make(fields, headers: [.retryAfter: String(retryAfter)])
                case .failed(let operation, let code, let message):
                    fields.merge(operation) { $1 }
                    return try JSONResponse.make(FailedOperation(fields: fields, error: .init(code: code, message: message)))
                case .succeeded(let operation, let manifest):
                    fields.merge(operation) { $1 }
                    return try JSONResponse.make(SucceededOperation(fields: fields, manifest: manifest))
                }
            }
            router.get("\(base)/manifests/:manifestId") { _, context in
                let id = try context.parameters.require("manifestId")
                guard let manifest = await exports.manifest(id: id) else {
                    throw GraphError(status: .notFound, code: "ResourceNotFound", message: "Manifest \(id.prefix(40)) was not found.")
                }
                return try JSONResponse.make(manifest)
            }
        }
    }

    private func accepted(_ subject: BillingExportDesk.Subject, body: ExportRequest, version: String) async throws -> Response {
        let attributeSet = body.attributeSet ?? "full"
        guard ["full", "basic"].contains(attributeSet) else { throw GraphError.badRequest("attributeSet must be full or basic.") }
        let location = try await exports.start(subject, basic: attributeSet == "basic", apiVersion: version)
        return Response(status: .accepted, headers: [.location: location.absoluteString, .contentLength: "0"])
    }

    private static func body(_ request: Request) async throws -> ExportRequest {
        let data = try await request.body.collect(upTo: 64 * 1024)
        guard let body = try? JSONDecoder().decode(ExportRequest.self, from: Data(buffer: data)) else {
            throw GraphError.badRequest("The body must be a JSON object.")
        }
        return body
    }
}
