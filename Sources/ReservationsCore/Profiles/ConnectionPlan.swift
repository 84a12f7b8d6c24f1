import Foundation
import PartnerCenter

/// What a run connects to, worked out from the profile and the environment before anything starts.
///
/// Environment variables win over the profile: `PCRES_ENDPOINT`, `PCRES_AUTHORITY`, `PCRES_PARTNER_API_ENDPOINT`,
/// `PCRES_GRAPH_ENDPOINT`, `PCRES_TENANT`, `PCRES_CLIENT_ID` and `PCRES_CLIENT_SECRET`. On the built-in sandbox profile, `PCRES_ENDPOINT` points at a
/// sandbox (or another server) that is already running instead of starting one in-process.
public struct ConnectionPlan: Sendable {
    /// How the client gets its tokens.
    public enum Credentials: Sendable {
        /// The client-credentials grant with this secret.
        case app(secret: Secret)
        /// A refresh token saved by `pcres login`; a confidential client also sends its secret.
        case user(secret: Secret?)
    }

    /// The profile the plan was made from.
    public var profile: Profile
    /// nil: start the sandbox in-process (built-in sandbox profile, no `PCRES_ENDPOINT`).
    public var endpoint: URL?
    /// The cloud, with any authority and endpoint override applied.
    public var cloud: CloudEnvironment
    public var tenant: String
    public var clientID: String
    public var credentials: Credentials
    /// The environment variables that changed where this run connects or as whom (`PCRES_ENDPOINT`,
    /// `PCRES_AUTHORITY`, `PCRES_TENANT`, `PCRES_CLIENT_ID`), by name; the header names the host when any is set.
    /// `PCRES_CLIENT_SECRET` is not one: it only supplies the profile's own secret.
    public var overrides: [String] = []

    /// True when the sandbox is started in-process.
    public var startsSandbox: Bool { endpoint == nil }

    /// The plain-http URLs to hosts other than loopback this plan talks to (allowed by `allowInsecureHTTP`);
    /// the interface shows an INSECURE badge and the commands warn on stderr.
    public var insecureURLs: [URL] {
        guard let endpoint else { return [] }
        var found: [URL] = []
        for url in [endpoint, cloud.authority, cloud.partnerAPIEndpoint] + [cloud.graphEndpoint].compactMap({ $0 }) where !Self.isProtected(url) && !found.contains(url) { found.append(url) }
        return found
    }

    /// https, or http to a loopback host (127.0.0.0/8, ::1, localhost): nothing crosses a network in clear.
    public static func isProtected(_ url: URL) -> Bool {
        guard url.scheme?.lowercased() == "http" else { return true }
        return LoopbackHost.contains(url.host ?? "")
    }

    /// Refuses plain http to another host unless the profile allows it.
    private func refusingInsecureHTTP() throws -> ConnectionPlan {
        guard let url = insecureURLs.first, !profile.allowsInsecureHTTP else { return self }
        throw ProfileError(
            message: "\(url.absoluteString) is plain http to a host that is not this machine: the client secret and tokens would travel in clear text. Use https, or set allowInsecureHTTP = true in profile \"\(profile.name)\" (pcres profile add … --allow-insecure-http).")
    }

    /// Works out the plan.
    /// - Throws: ``ProfileError`` when a secret is missing or its file is readable by others, or a variable
    ///   holds no http(s) URL.
    public static func make(profile: Profile, environment: [String: String]) throws -> ConnectionPlan {
        func variable(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        func url(_ name: String) throws -> URL? {
            guard let text = variable(name) else { return nil }
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ProfileError(message: "\(name) is not an http(s) URL: \(text)")
            }
            return url
        }
        let endpointOverride = try url("PCRES_ENDPOINT")
        let authorityOverride = try url("PCRES_AUTHORITY")
        let partnerAPIOverride = try url("PCRES_PARTNER_API_ENDPOINT")
        let graphOverride = try url("PCRES_GRAPH_ENDPOINT")
        let environmentSecret = variable("PCRES_CLIENT_SECRET").map(Secret.init)
        let overrides = [
            "PCRES_ENDPOINT", "PCRES_AUTHORITY", "PCRES_PARTNER_API_ENDPOINT", "PCRES_GRAPH_ENDPOINT", "PCRES_TENANT", "PCRES_CLIENT_ID",
        ].filter { variable($0) != nil }

        if profile.isBuiltInSandbox {
            guard let endpoint = endpointOverride else {
                return ConnectionPlan(
                    profile: profile, endpoint: nil, cloud: .global, tenant: "sandbox", clientID: profile.clientID,
                    credentials: .app(secret: Secret("")))
            }
            guard let clientID = variable("PCRES_CLIENT_ID"), let secret = environmentSecret else {
                throw ProfileError(
                    message: "PCRES_ENDPOINT is set but PCRES_CLIENT_ID or PCRES_CLIENT_SECRET is missing; set both in the environment.")
            }
            return try ConnectionPlan(
                profile: profile, endpoint: endpoint,
                cloud: CloudEnvironment.global.overriding(
                    authority: authorityOverride ?? endpoint, endpoint: endpoint, partnerAPIEndpoint: partnerAPIOverride ?? endpoint,
                    graphEndpoint: graphOverride ?? endpoint),
                tenant: variable("PCRES_TENANT") ?? "sandbox", clientID: clientID, credentials: .app(secret: secret),
                overrides: overrides
            ).refusingInsecureHTTP()
        }

        let base = profile.cloud.environment
        let endpoint = endpointOverride ?? profile.endpoint ?? base.endpoint
        let authority = authorityOverride ?? profile.authority ?? base.authority
        let secret = try environmentSecret ?? profile.secretSource?.resolve(environment: environment, profileName: profile.name)
        let credentials: Credentials
        switch profile.authMode {
        case .app:
            guard let secret else {
                throw ProfileError(
                    message: "profile \"\(profile.name)\" signs in as an app but has no secret; set PCRES_CLIENT_SECRET or secret = \"env:VAR\"")
            }
            credentials = .app(secret: secret)
        case .user:
            credentials = .user(secret: secret)
        }
        return try ConnectionPlan(
            profile: profile, endpoint: endpoint,
            cloud: base.overriding(
                authority: authority, endpoint: endpoint, partnerAPIEndpoint: partnerAPIOverride ?? profile.partnerAPIEndpoint,
                graphEndpoint: graphOverride ?? profile.graphEndpoint),
            tenant: variable("PCRES_TENANT") ?? profile.tenant, clientID: variable("PCRES_CLIENT_ID") ?? profile.clientID,
            credentials: credentials, overrides: overrides
        ).refusingInsecureHTTP()
    }
}
