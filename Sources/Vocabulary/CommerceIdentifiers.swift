extension IdentifierTag {
    public enum Cart {}
    public enum Order {}
}

/// A cart's ID (a GUID).
public typealias CartID = Identifier<IdentifierTag.Cart>
/// An order's ID.
public typealias OrderID = Identifier<IdentifierTag.Order>
