/// A typed Partner Center identifier, so that a cart ID can never be passed where a customer ID is expected.
///
/// ```swift
/// let customer: CustomerID = "0c39d6d5-c70d-4c55-bc02-f620844f3fd1"
/// client.customers.byID(customer)
/// ```
/// On the wire it is a plain JSON string.
public struct Identifier<Resource>: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral, Comparable
{
    /// The identifier exactly as Partner Center sends it.
    public let rawValue: String

    /// Wraps a raw identifier string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a raw identifier string.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Allows literals in tests and fixtures.
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Some documents send numeric identifiers (cart line numbers); accept both.
        if let number = try? container.decode(Int.self) {
            rawValue = String(number)
        } else {
            rawValue = try container.decode(String.self)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tag types for `Identifier`; they exist only to keep identifiers apart.
public enum IdentifierTag {
    public enum Customer {}
    public enum Subscription {}
    public enum Request {}
    public enum Correlation {}
}

/// The customer's Entra tenant ID, which Partner Center uses as the customer ID.
public typealias CustomerID = Identifier<IdentifierTag.Customer>
/// A Partner Center subscription ID (an MS-AZR-0145P subscription or an Azure plan).
public typealias SubscriptionID = Identifier<IdentifierTag.Subscription>
/// The `MS-RequestId` header: the idempotency key of one logical request.
public typealias RequestID = Identifier<IdentifierTag.Request>
/// The `MS-CorrelationId` header: ties together the calls of one workflow.
public typealias CorrelationID = Identifier<IdentifierTag.Correlation>
