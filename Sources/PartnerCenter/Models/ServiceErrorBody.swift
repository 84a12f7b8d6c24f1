/// The error body of §1.6: `{ code, description, data, source }`, or the different 429 body
/// `{ statusCode, message }`. Every field is optional so that any error page still decodes.
public struct ServiceErrorBody: Codable, Hashable, Sendable {
    /// Documented as a string; integers appear too.
    @Wire<WireLoose<WireText>> public var code: String?
    @Wire<WireLoose<WireDecoded<String>>> public var description: String?
    @Wire<WireLoose<WireDecoded<[String]>>> public var data: [String]?
    @Wire<WireLoose<WireDecoded<String>>> public var source: String?
    /// The 429 shape's fields.
    @Wire<WireLoose<WireDecoded<Int>>> public var statusCode: Int?
    @Wire<WireLoose<WireDecoded<String>>> public var message: String?

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
}
