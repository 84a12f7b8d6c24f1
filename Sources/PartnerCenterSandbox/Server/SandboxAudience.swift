import Foundation

/// Which Microsoft origin a sandbox access token is for, read from the `resource` (v1) or `scope` (v2) it was
/// asked with. Each origin accepts only its own audience, as the real hosts do (API notes 2, §1.2 and §3).
public enum SandboxAudience: String, Sendable, CaseIterable {
    /// `https://api.partnercenter.microsoft.com`: customers, catalog, carts, orders, invoices.
    case partnerCenter = "api.partnercenter.microsoft.com"
    /// `https://api.partner.microsoft.com`: the price sheet.
    case partnerAPI = "api.partner.microsoft.com"
    /// `https://graph.microsoft.com`: billing reconciliation exports.
    case graph = "graph.microsoft.com"

    /// The audience of a `resource` value or a space-separated `scope` list; the first scope naming a known host
    /// wins (`offline_access`, `openid` name none). Nil when none is known; a caller asking for nothing gets the
    /// Partner Center audience, as before origins were told apart.
    static func read(_ resourceOrScopes: String?) -> SandboxAudience? {
        guard let text = resourceOrScopes, !text.isEmpty else { return nil }
        for part in text.split(separator: " ") {
            guard let host = URL(string: String(part))?.host?.lowercased() else { continue }
            if let audience = SandboxAudience(rawValue: host) { return audience }
        }
        return nil
    }

    /// The audience as a resource URL (what a v1 answer echoes).
    var resource: String { "https://\(rawValue)" }
}
