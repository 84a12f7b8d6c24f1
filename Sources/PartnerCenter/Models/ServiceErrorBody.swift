/// The error body of §1.6: `{ code, description, data, source }`, or the different 429 body
/// `{ statusCode, message }`. Every field is optional so that any error page still decodes.
public struct ServiceErrorBody: Codable, Hashable, Sendable {
    public var code: String?
    public var description: String?
    public var source: String?
    public var data: [String]?
    /// The 429 shape's fields.
    public var statusCode: Int?
    public var message: String?

    public init(code: String?, description: String?, source: String? = "PartnerCenterSandbox", data: [String]? = []) {
        self.code = code
        self.description = description
        self.source = source
        self.data = data
    }

    /// A throttling body as the real service sends it.
    public static func throttled(retryAfterSeconds: Int) -> ServiceErrorBody {
        var body = ServiceErrorBody(code: nil, description: nil, source: nil, data: nil)
        body.statusCode = 429
        body.message = "Rate limit is exceeded. Try again in \(retryAfterSeconds) seconds."
        return body
    }

    private enum CodingKeys: String, CodingKey { case code, description, source, data, statusCode, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // `code` is documented as a string but integers appear too.
        if let text = try? container.decodeIfPresent(String.self, forKey: .code) {
            code = text
        } else if let number = try? container.decodeIfPresent(Int.self, forKey: .code) {
            code = String(number)
        }
        description = try? container.decodeIfPresent(String.self, forKey: .description)
        source = try? container.decodeIfPresent(String.self, forKey: .source)
        data = (try? container.decodeIfPresent([String].self, forKey: .data)) ?? nil
        statusCode = try? container.decodeIfPresent(Int.self, forKey: .statusCode)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(code, forKey: .code)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(data, forKey: .data)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(statusCode, forKey: .statusCode)
        try container.encodeIfPresent(message, forKey: .message)
    }
}
