import Foundation
import PartnerCenter

/// The time and size limits of HTTP calls, from the environment: `PCRES_REQUEST_TIMEOUT` (seconds for one
/// exchange, 1–600, default 60; a call with its retries gets three times that) and `PCRES_MAX_RESPONSE_MB`
/// (the largest JSON answer, 1–4096 MiB, default 64; documents such as statements get eight times that).
struct TransportLimits: Sendable, Equatable {
    var requestTimeout: TimeInterval = 60
    var maximumResponseBytes: Int = TransportRequest.defaultMaximumResponseBytes

    init() {}

    /// - Throws: `BackendSession.OpenError` (configuration) naming the variable and its range.
    init(environment: [String: String]) throws {
        if let text = environment["PCRES_REQUEST_TIMEOUT"] {
            guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)), (1...600).contains(seconds) else {
                throw BackendSession.OpenError(
                    message: "PCRES_REQUEST_TIMEOUT must be whole seconds from 1 to 600.", isCredentials: false,
                    isConfiguration: true)
            }
            requestTimeout = TimeInterval(seconds)
        }
        if let text = environment["PCRES_MAX_RESPONSE_MB"] {
            guard let megabytes = Int(text.trimmingCharacters(in: .whitespaces)), (1...4096).contains(megabytes) else {
                throw BackendSession.OpenError(
                    message: "PCRES_MAX_RESPONSE_MB must be a whole number of MiB from 1 to 4096.", isCredentials: false,
                    isConfiguration: true)
            }
            maximumResponseBytes = megabytes << 20
        }
    }

    /// Applies the limits to a client configuration.
    func apply(to configuration: inout PartnerCenterConfiguration) {
        configuration.requestTimeout = requestTimeout
        configuration.maximumResponseBytes = maximumResponseBytes
        configuration.maximumDocumentBytes = maximumResponseBytes * 8
    }
}
