import Foundation

/// Where and how the client talks to Partner Center.
public struct PartnerCenterConfiguration: Sendable {
    /// The global REST endpoint; US Government uses the same one (§1.1).
    public static let globalEndpoint = URL(string: "https://api.partnercenter.microsoft.com")!

    /// The REST base URL, without `/v1`.
    public var endpoint: URL
    /// Sent as `MS-PartnerCenter-Application`.
    public var applicationName: String
    /// Sent as `X-Locale`.
    public var locale: String
    /// Seconds allowed for one HTTP exchange, from connecting to the last byte of the body.
    public var requestTimeout: TimeInterval
    /// Seconds allowed for one logical call, its retries and their waits included; nil for three exchanges'
    /// worth. A server that answers slowly every time then fails the call once, not once per retry.
    public var callDeadline: TimeInterval?
    /// The largest JSON answer accepted (a page of 1,000 line items is about 2 MiB).
    public var maximumResponseBytes: Int = TransportRequest.defaultMaximumResponseBytes
    /// The largest document accepted (statement PDFs, the price sheet file).
    public var maximumDocumentBytes: Int = 512 << 20
    /// How failed requests are retried.
    public var retryPolicy: RetryPolicy
    /// The price sheet's host (§10), a different one from `endpoint`; point it at the sandbox with it.
    public var priceSheetEndpoint: URL
    /// The most pages one collection is read in before the client stops with an error (a server that keeps
    /// linking onwards would otherwise be followed without end). 2,000 pages of 100 customers, or of 1,000 line
    /// items, is far beyond any partner's tenant.
    public var maximumPages: Int = 2_000

    /// The whole-call deadline in effect.
    public var effectiveCallDeadline: TimeInterval { callDeadline ?? requestTimeout * 3 }

    /// Microsoft Graph's base URL (billing exports), without `/v1.0`; nil where Graph billing is not offered.
    public var graphEndpoint: URL? = PartnerCenterConfiguration.globalGraphEndpoint

    /// Microsoft Graph, global service.
    public static let globalGraphEndpoint = URL(string: "https://graph.microsoft.com")!

    /// The documented price sheet host.
    public static let globalPriceSheetEndpoint = URL(string: "https://api.partner.microsoft.com")!

    public init(
        endpoint: URL = PartnerCenterConfiguration.globalEndpoint, applicationName: String = "pcres",
        locale: String = "en-US", requestTimeout: TimeInterval = 60, retryPolicy: RetryPolicy = RetryPolicy(),
        priceSheetEndpoint: URL = PartnerCenterConfiguration.globalPriceSheetEndpoint
    ) {
        self.endpoint = endpoint
        self.applicationName = applicationName
        self.locale = locale
        self.requestTimeout = requestTimeout
        self.callDeadline = nil
        self.retryPolicy = retryPolicy
        self.priceSheetEndpoint = priceSheetEndpoint
    }
}
