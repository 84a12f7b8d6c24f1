import Foundation
import PartnerCenter
import PartnerCenterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Helpers shared by the Auth* suites.
enum AuthTestSupport {
    /// The sandbox as a cloud: authority and endpoint both at the sandbox's port.
    static func cloud(_ server: SandboxServer) -> CloudEnvironment {
        CloudEnvironment.global.overriding(authority: server.baseURL, endpoint: server.baseURL)
    }

    /// Approves (or denies) a user code on the sandbox's verification page, as a person would.
    @discardableResult
    static func decide(_ prompt: DeviceCodePrompt, approve: Bool) async throws -> Int {
        let form = "user_code=\(prompt.userCode)&action=\(approve ? "approve" : "deny")"
        let response = try await AsyncHTTPClientTransport.shared.send(
            TransportRequest(
                method: "POST", url: prompt.verificationURL, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: Data(form.utf8)))
        return response.status
    }

    /// A client that uses a fixed access token against the sandbox.
    static func client(_ server: SandboxServer, token: AccessToken) -> PartnerCenterClient {
        PartnerCenterClient(
            configuration: PartnerCenterConfiguration(endpoint: server.baseURL, retryPolicy: .none),
            tokenProvider: StaticTokenProvider(token.value))
    }

    /// The form fields of a recorded token request.
    static func form(_ request: TransportRequest) -> [String: String] {
        let text = String(decoding: request.body ?? Data(), as: UTF8.self)
        var values: [String: String] = [:]
        for item in URLComponents(string: "?" + text.replacingOccurrences(of: "+", with: "%20"))?.queryItems ?? [] {
            values[item.name] = item.value ?? ""
        }
        return values
    }

    static func token(_ access: String, refresh: String? = nil, expiresIn: Int = 3600) -> TransportResponse {
        let refreshField = refresh.map { ",\"refresh_token\":\"\($0)\"" } ?? ""
        return ScriptedTransport.json(
            200, "{\"token_type\":\"Bearer\",\"access_token\":\"\(access)\",\"expires_in\":\(expiresIn)\(refreshField)}")
    }

    static func oauthError(_ code: String, _ description: String = "AADSTS00000: something.\r\nTrace ID: 1") -> TransportResponse {
        let body = try? JSONSerialization.data(withJSONObject: ["error": code, "error_description": description])
        return TransportResponse(status: 400, headers: ["Content-Type": "application/json"], body: body ?? Data())
    }

    static let deviceCodeAnswer = ScriptedTransport.json(
        200,
        """
        {"device_code":"DEVICE-CODE-SECRET-123","user_code":"BCDF-GHJK","verification_uri":"https://microsoft.com/devicelogin",
         "expires_in":900,"interval":5,"message":"To sign in, open https://microsoft.com/devicelogin and enter BCDF-GHJK."}
        """)
}

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

    var now: @Sendable () -> Date { { [self] in lock.withLock { current } } }

    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

/// Passes requests to another transport, editing the device-code request's form on the way (to add the
/// sandbox's `sandbox_expires_in`/`sandbox_interval` fields) and counting token polls.
final class RewritingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let extraDeviceCodeFields: String
    private let lock = NSLock()
    private var sent: [TransportRequest] = []

    init(_ inner: any HTTPTransport = AsyncHTTPClientTransport.shared, extraDeviceCodeFields: String) {
        self.inner = inner
        self.extraDeviceCodeFields = extraDeviceCodeFields
    }

    var requests: [TransportRequest] { lock.withLock { sent } }
    var tokenPolls: Int { requests.filter { $0.url.path.hasSuffix("/token") }.count }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        var request = request
        if request.url.path.hasSuffix("/devicecode") {
            request.body = (request.body ?? Data()) + Data("&\(extraDeviceCodeFields)".utf8)
        }
        lock.withLock { sent.append(request) }
        return try await inner.send(request)
    }
}

/// Answers every request with the same response after a delay, counting them.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let delay: TimeInterval
    private let response: @Sendable (Int) -> TransportResponse

    init(delay: TimeInterval = 0, response: @escaping @Sendable (Int) -> TransportResponse) {
        self.delay = delay
        self.response = response
    }

    var requestCount: Int { lock.withLock { count } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let number = lock.withLock {
            count += 1
            return count
        }
        if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000)) }
        return response(number)
    }
}
