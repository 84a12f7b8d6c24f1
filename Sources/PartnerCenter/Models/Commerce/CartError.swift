/// A problem the service found on one cart line (§4.3).
public struct CartError: Codable, Hashable, Sendable {
    /// How much could be bought, when quantity is the problem.
    public struct AdditionalInformation: Codable, Hashable, Sendable {
        @Wire<WireCount> public var availableQuantity: Int?
        @Wire<WireCount> public var purchasedQuantity: Int?

        public init(availableQuantity: Int?, purchasedQuantity: Int?) {
            self.availableQuantity = availableQuantity
            self.purchasedQuantity = purchasedQuantity
        }
    }

    @WireRequired<CartErrorCode.Reading> public var errorCode: CartErrorCode
    public var errorDescription: String?
    public var additionalInformation: AdditionalInformation?

    public init(errorCode: CartErrorCode, errorDescription: String?, additionalInformation: AdditionalInformation? = nil) {
        self.errorCode = errorCode
        self.errorDescription = errorDescription
        self.additionalInformation = additionalInformation
    }

    /// One line for the operator: the service's words and what to do.
    public var summary: String {
        let description = errorDescription.map { "\($0) " } ?? ""
        return "\(description)(\(errorCode.wireName)) — \(errorCode.advice)"
    }
}
