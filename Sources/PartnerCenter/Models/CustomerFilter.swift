import Foundation

/// The customer-list `filter` parameter (§3.1): a JSON object, URL-encoded. Only `starts_with` exists.
public struct CustomerFilter: Codable, Hashable, Sendable {
    /// The fields the service can filter on.
    public enum Field: String, Codable, Hashable, Sendable {
        case companyName = "CompanyName"
        case domain = "Domain"
        case indirectReseller = "IndirectReseller"
        case indirectCloudSolutionProvider = "IndirectCloudSolutionProvider"
    }

    public var field: Field
    public var value: String
    public var `operator`: String

    public init(field: Field = .companyName, startsWith value: String) {
        self.field = field
        self.value = value
        self.operator = "starts_with"
    }

    private enum CodingKeys: String, CodingKey {
        case field = "Field"
        case value = "Value"
        case `operator` = "Operator"
    }

    /// The JSON text sent as the query value.
    public var queryValue: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
