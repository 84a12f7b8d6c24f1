import Foundation
import PartnerCenter
import Testing

struct RetryBehaviourTests {
    static let customer = #"{"id":"c1","companyProfile":{"companyName":"Contoso"}}"#

    @Test("a 503 and a dropped connection are retried with the same MS-RequestId, then succeed")
    func retriesKeepRequestID() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(503, #"{"code":"800003","description":"busy"}"#), nil, ScriptedTransport.json(200, Self.customer),
        ])
        let sleeper = SleepRecorder()
        let customer = try await PartnerCenterClient.scripted(transport, sleeper: sleeper).customers.byID("c1").get()
        #expect(customer.name == "Contoso")
        let ids = transport.sent.map { $0.headers["MS-RequestId"] }
        #expect(ids.count == 3)
        #expect(Set(ids).count == 1, "retries re-send the same request ID")
        #expect(sleeper.recorded.count == 2)
        #expect(sleeper.recorded[1] >= sleeper.recorded[0] * 0.5, "backoff grows (with jitter)")
    }

    @Test("429 waits Retry-After, reading the throttling body when the header is missing")
    func throttling() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(429, #"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 3 seconds."}"#),
            ScriptedTransport.json(429, "{}", headers: ["Retry-After": "2"]),
            ScriptedTransport.json(200, Self.customer),
        ])
        let sleeper = SleepRecorder()
        _ = try await PartnerCenterClient.scripted(transport, sleeper: sleeper).customers.byID("c1").get()
        #expect(sleeper.recorded == [3, 2])
    }

    @Test("a 404 is not retried")
    func notFoundIsFinal() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(404, #"{"code":"800002","description":"nope"}"#)])
        await #expect(throws: PartnerCenterError.self) {
            _ = try await PartnerCenterClient.scripted(transport).customers.byID("c1").get()
        }
        #expect(transport.sent.count == 1)
    }

    @Test("throttling that outlasts the attempts is reported as throttled with the wait")
    func throttledToTheEnd() async throws {
        let throttled = ScriptedTransport.json(429, "{}", headers: ["Retry-After": "1"])
        let transport = ScriptedTransport([throttled, throttled])
        do {
            _ = try await PartnerCenterClient.scripted(transport, attempts: 2).customers.byID("c1").get()
            Issue.record("expected throttling")
        } catch let error as PartnerCenterError {
            #expect(error.kind == .throttled)
            #expect(error.retryAfterSeconds == 1)
        }
    }

    @Test("identifiers typed by a user cannot change the request path")
    func pathSegmentsAreEncoded() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, Self.customer)])
        _ = try await PartnerCenterClient.scripted(transport).customers.byID("../invoices?x=1").get()
        #expect(transport.sent[0].url.absoluteString == "https://pc.example.test/v1/customers/..%2Finvoices%3Fx=1")
    }
}
