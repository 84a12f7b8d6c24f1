import Foundation

/// What the person signing in must do: open ``verificationURL`` in any browser (on any device) and
/// enter ``userCode``. The user code is short-lived and useless without the device code, which stays
/// inside ``DeviceCodeSignIn``.
public struct DeviceCodePrompt: Sendable, Hashable {
    /// The code to type on the verification page, e.g. `ABCD-EFGH`.
    public var userCode: String
    /// The page to open, e.g. `https://microsoft.com/devicelogin`.
    public var verificationURL: URL
    /// When the code stops working; the sign-in fails after it.
    public var expiresOn: Date
    /// Seconds between polls the server asked for.
    public var interval: TimeInterval
    /// Entra's ready-made instruction sentence, when it sent one.
    public var message: String?

    public init(userCode: String, verificationURL: URL, expiresOn: Date, interval: TimeInterval, message: String?) {
        self.userCode = userCode
        self.verificationURL = verificationURL
        self.expiresOn = expiresOn
        self.interval = interval
        self.message = message
    }
}
