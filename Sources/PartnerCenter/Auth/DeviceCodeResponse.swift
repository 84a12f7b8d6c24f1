import Foundation

/// Entra ID's answer to `POST {authority}/{tenant}/oauth2/v2.0/devicecode` (v1 spells the URL
/// `verification_url`; both are read).
struct DeviceCodeResponse: Decodable {
    var deviceCode: String
    var userCode: String
    var verificationURI: String?
    var verificationURL: String?
    @WireRequired<WireCount> var expiresIn: Int
    @Wire<WireCount> var interval: Int?
    var message: String?

    private enum CodingKeys: String, CodingKey {
        case deviceCode = "device_code"
        case userCode = "user_code"
        case verificationURI = "verification_uri"
        case verificationURL = "verification_url"
        case expiresIn = "expires_in"
        case interval
        case message
    }
}
