/// One order group that failed at checkout (§3.4): `{ orderGroupId, code, description }`.
public struct OrderError: Codable, Hashable, Sendable {
    public var orderGroupId: String
    public var code: String
    public var description: String?

    public init(orderGroupId: String, code: String, description: String?) {
        self.orderGroupId = orderGroupId
        self.code = code
        self.description = description
    }

    private enum CodingKeys: String, CodingKey { case orderGroupId, code, description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orderGroupId = try container.read(WireText.self, forKey: .orderGroupId) ?? "?"
        code = try container.read(WireText.self, requiredKey: .code)
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(orderGroupId, forKey: .orderGroupId)
        // The docs show the code as a number.
        if let number = Int(code) { try container.encode(number, forKey: .code) } else { try container.encode(code, forKey: .code) }
        try container.encodeIfPresent(description, forKey: .description)
    }
}
