/// One term of an availability (§4.1): an ISO 8601 `duration` such as `P1Y` and a description such as
/// "1 Year Prepaid". New-commerce terms also carry `id` and `billingCycle`.
public struct Term: Codable, Hashable, Sendable {
    /// ISO 8601 duration: `P1M`, `P1Y`, `P3Y`. Send it as the cart line's `termDuration`.
    public var duration: String
    public var description: String?
    @Wire<WireText> public var id: String?
    public var billingCycle: BillingCycle?

    public init(duration: String, description: String? = nil, id: String? = nil, billingCycle: BillingCycle? = nil) {
        self.duration = duration
        self.description = description
        self.id = id
        self.billingCycle = billingCycle
    }

    /// Whole years of an ISO `PnY` duration (`P3Y` → 3), or nil for other durations.
    public var years: Int? {
        let text = duration.uppercased()
        guard text.hasPrefix("P"), text.hasSuffix("Y") else { return nil }
        return Int(text.dropFirst().dropLast())
    }
}
