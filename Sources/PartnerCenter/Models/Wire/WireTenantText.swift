/// A customer tenant ID in a billing line, where Graph exports may write `org:<id>`; read without the prefix.
public enum WireTenantText: WireReading {
    public static func read(from container: any SingleValueDecodingContainer) throws -> String? {
        try WireText.read(from: container).map(TenantIdentifier.strippingOrgPrefix)
    }

    public static func write(_ value: String, to container: inout any SingleValueEncodingContainer) throws {
        try container.encode(value)
    }
}
