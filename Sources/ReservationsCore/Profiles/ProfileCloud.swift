import PartnerCenter

/// The Partner Center cloud a profile signs in to; spelled `global` or `usgov` in profiles.toml.
public enum ProfileCloud: String, CaseIterable, Sendable, Codable {
    case global
    case usgov

    /// The authority and endpoint of this cloud before any profile or environment override.
    public var environment: CloudEnvironment {
        switch self {
        case .global: .global
        case .usgov: .usGovernment
        }
    }
}
