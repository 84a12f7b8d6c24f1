/// Why an item is restricted (§4.1), e.g. reason `NotAvailableForSubscription` with properties
/// `type: Location`, `values: japanwest`.
public struct InventoryRestriction: Codable, Hashable, Sendable {
    @Wire<WireText> public var reasonCode: String?
    public var description: String?
    /// Free-form; values that arrive as numbers are kept as text.
    @WireOr<WireTextMap> public var properties: [String: String]

    public init(reasonCode: String?, description: String?, properties: [String: String] = [:]) {
        self.reasonCode = reasonCode
        self.description = description
        self.properties = properties
    }
}
