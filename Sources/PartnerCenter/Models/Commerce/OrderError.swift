/// One order group that failed at checkout (§3.4): `{ orderGroupId, code, description }`.
public struct OrderError: Codable, Hashable, Sendable {
    /// The group as text (it may arrive as a number); `?` when the service leaves it out.
    public enum GroupReading: WireFallback {
        public static let whenAbsent = "?"
        public static func read(from container: any SingleValueDecodingContainer) throws -> String? { try WireText.read(from: container) }
        public static func write(_ value: String, to container: inout any SingleValueEncodingContainer) throws { try container.encode(value) }
    }

    /// The code as text (it may arrive as a number), written as a number when it is one, as the docs show it.
    public enum CodeReading: WireReading {
        public static func read(from container: any SingleValueDecodingContainer) throws -> String? { try WireText.read(from: container) }
        public static func write(_ value: String, to container: inout any SingleValueEncodingContainer) throws {
            if let number = Int(value) { try container.encode(number) } else { try container.encode(value) }
        }
    }

    @WireOr<GroupReading> public var orderGroupId: String
    @WireRequired<CodeReading> public var code: String
    public var description: String?

    public init(orderGroupId: String, code: String, description: String?) {
        self.orderGroupId = orderGroupId
        self.code = code
        self.description = description
    }
}
