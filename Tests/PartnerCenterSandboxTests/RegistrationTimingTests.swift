import Foundation
import PartnerCenter
@testable import PartnerCenterSandbox
import Testing

/// Registration's pacing, with the clock passed in rather than waited for.
struct RegistrationTimingTests {
    @Test("registering turns into registered once the ready time has passed, not before")
    func promotion() throws {
        let store = try SandboxStore(url: nil)
        let customerID = try #require(try store.customers(offset: 0, limit: 1, filter: nil).items.first?.id)
        let plan = try #require(try store.subscriptions(customerID: customerID).first { $0.offerId.hasPrefix("DZH318Z0BPS6") })
        #expect(plan.registrationStatus == "notregistered")
        let start = Date(timeIntervalSince1970: 2_000_000_000)
        #expect(try store.register(customerID: customerID, subscriptionID: plan.id, readyAt: start.addingTimeInterval(4)) == .accepted)
        #expect(try store.subscription(customerID: customerID, subscriptionID: plan.id, now: start.addingTimeInterval(3.9))?.registrationStatus == "registering")
        #expect(try store.subscription(customerID: customerID, subscriptionID: plan.id, now: start.addingTimeInterval(4))?.registrationStatus == "registered")
        #expect(try store.register(customerID: customerID, subscriptionID: plan.id, readyAt: start) == .accepted, "registering again is harmless")
        #expect(try store.subscription(customerID: customerID, subscriptionID: plan.id, now: start)?.registrationStatus == "registered")
    }
}
