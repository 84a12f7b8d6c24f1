import Foundation
import Hummingbird
import PartnerCenter

/// An error the sandbox answers with, in the documented body of §1.6.
struct SandboxError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var description: String

    static func notFound(_ what: String, code: String) -> SandboxError {
        SandboxError(status: .notFound, code: code, description: "\(what) was not found.")
    }

    static func badRequest(_ description: String, code: String = "800002") -> SandboxError {
        SandboxError(status: .badRequest, code: code, description: description)
    }

    static let missingToken = SandboxError(
        status: .unauthorized, code: "800001", description: "The partner token is missing or was not issued by this sandbox.")

    var body: ServiceErrorBody { ServiceErrorBody(code: code, description: description, source: "PartnerCenterSandbox", data: []) }
}
