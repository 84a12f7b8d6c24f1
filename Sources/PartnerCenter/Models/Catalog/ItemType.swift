/// A product's type (§4.1): `id` such as `Azure`, with an optional nested `subType` such as `VirtualMachines`.
public struct ItemType: Codable, Hashable, Sendable {
    public var id: String
    public var displayName: String?
    // An array boxes the recursive value (a struct cannot contain itself directly).
    private var subTypeStorage: [ItemType]

    /// The nested type, e.g. `VirtualMachines` under `Azure`.
    public var subType: ItemType? {
        get { subTypeStorage.first }
        set { subTypeStorage = newValue.map { [$0] } ?? [] }
    }

    public init(id: String, displayName: String? = nil, subType: ItemType? = nil) {
        self.id = id
        self.displayName = displayName
        self.subTypeStorage = subType.map { [$0] } ?? []
    }

    private enum CodingKeys: String, CodingKey { case id, displayName, subType }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        subTypeStorage = try container.decodeIfPresent(ItemType.self, forKey: .subType).map { [$0] } ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(subType, forKey: .subType)
    }
}
