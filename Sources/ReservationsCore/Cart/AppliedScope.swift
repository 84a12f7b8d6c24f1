/// Where a reservation's discount applies: one subscription, or every subscription of the billing context.
public enum AppliedScope: String, Codable, CaseIterable, Sendable {
    case shared
    case single

    /// The value of `provisioningContext.scope` (lower-case, as in every documented example).
    public var wireName: String { rawValue }
}
