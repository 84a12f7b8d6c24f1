import PartnerCenter

/// A market's reservation price sheet, handed to the catalog index whole.
public struct PriceList: Equatable, Sendable {
    public let entries: [PriceSheetEntry]

    public init(_ entries: [PriceSheetEntry]) { self.entries = entries }

    /// Why there are no prices when the sign-in is app-only: the price sheet takes App+User tokens only.
    public static let userSignInMessage = PriceSheetResource.userSignInMessage
}
