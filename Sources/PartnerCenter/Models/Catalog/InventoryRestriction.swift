/// Why an item is restricted (§4.1), e.g. reason `NotAvailableForSubscription` with properties
/// `type: Location`, `values: japanwest`.
public struct InventoryRestriction: Codable, Hashable, Sendable {
    public var reasonCode: String?
    public var description: String?
    /// Free-form; values that arrive as numbers are kept as text.
    public var properties: [String: String]

    public init(reasonCode: String?, description: String?, properties: [String: String] = [:]) {
        self.reasonCode = reasonCode
        self.description = description
        self.properties = properties
    }

    private enum CodingKeys: String, CodingKey { case reasonCode, description, properties }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reasonCode = try container.read(WireText.self, forKey: .reasonCode)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        properties = try LenientStringMap.decode(from: container, forKey: .properties)
    }
}
