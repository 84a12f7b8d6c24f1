/// A type with a value that stands for a field the service left out: an empty list, an unknown status.
public protocol WireDefaultable {
    static var wireDefault: Self { get }
}

extension Array: WireDefaultable {
    public static var wireDefault: Self { [] }
}

extension Dictionary: WireDefaultable {
    public static var wireDefault: Self { [:] }
}

extension String: WireDefaultable {
    /// A missing text (a product's title) is empty.
    public static var wireDefault: Self { "" }
}
