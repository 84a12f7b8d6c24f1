/// An entitled artifact (§4.6). For reserved instances, `link` leads to the reservation details and
/// `resourceId` is the Azure reservation order ID.
public struct Artifact: Codable, Hashable, Sendable {
    public var artifactType: String
    public var resourceId: String?
    public var link: Link?
    public var dynamicAttributes: [String: String]?

    public init(artifactType: String, resourceId: String?, link: Link?, dynamicAttributes: [String: String]?) {
        self.artifactType = artifactType
        self.resourceId = resourceId
        self.link = link
        self.dynamicAttributes = dynamicAttributes
    }
}
