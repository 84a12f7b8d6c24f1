import Foundation
import Logging
import PartnerCenter

extension SandboxServer {
    /// The cloud this sandbox stands for: its token paths and its four origins.
    public var cloud: CloudEnvironment {
        CloudEnvironment.global.overriding(
            authority: baseURL, endpoint: baseURL, partnerAPIEndpoint: partnerAPIURL, graphEndpoint: graphURL)
    }

    /// A client for every origin of this sandbox, signed in with the sandbox's client. `asUser` stands in for an
    /// operator who signed in (see `SandboxTokenIssuer.userScope`), so the price sheet answers; without it the
    /// client is app-only, has no Partner API tokens and is told prices need a user sign-in.
    public func client(
        asUser: Bool = true, retryPolicy: RetryPolicy = RetryPolicy(), transport: any HTTPTransport = AsyncHTTPClientTransport.shared,
        logger: Logger = Logger(label: "pcres.partnercenter", factory: { _ in SwiftLogNoOpLogHandler() }),
        configure: (inout PartnerCenterConfiguration) -> Void = { _ in }
    ) -> PartnerCenterClient {
        let cloud = self.cloud
        func tokens(_ endpoint: TokenEndpoint) -> ClientCredentialsTokenProvider {
            ClientCredentialsTokenProvider(
                cloud: cloud, tenant: "sandbox", clientID: SandboxTokenIssuer.clientID, clientSecret: Secret(SandboxTokenIssuer.clientSecret),
                endpoint: endpoint, transport: transport)
        }
        var configuration = PartnerCenterConfiguration(
            endpoint: baseURL, retryPolicy: retryPolicy, priceSheetEndpoint: partnerAPIURL)
        configuration.graphEndpoint = graphURL
        configure(&configuration)
        return PartnerCenterClient(
            configuration: configuration, transport: transport, tokenProvider: tokens(.appOnlyV1),
            partnerAPITokens: asUser ? tokens(.v2(scopes: [SandboxTokenIssuer.userScope])) : nil,
            graphTokens: tokens(.graphAppOnlyV2), logger: logger)
    }
}
