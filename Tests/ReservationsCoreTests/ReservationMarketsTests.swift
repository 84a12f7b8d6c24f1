import ReservationsCore
import Testing

struct ReservationMarketsTests {
    @Test("the reference's 110 markets are excluded, including Partner Center's non-ISO codes")
    func notSoldList() {
        #expect(ReservationMarkets.notSold.count == 110)
        for code in ["XJ", "XS", "XE", "XK", "BR", "RU", "CN", "RE", "AX"] {
            #expect(!ReservationMarkets.sellsReservations(in: code), "\(code)")
        }
        for code in ["US", "GB", "DE", "JP", "in", "mx"] {
            #expect(ReservationMarkets.sellsReservations(in: code), "\(code)")
        }
    }

    @Test("the reason names the market, and an unknown country is its own reason")
    func reasons() {
        #expect(ReservationMarkets.unavailableReason(countryCode: "us") == nil)
        #expect(ReservationMarkets.unavailableReason(countryCode: "re") == "Azure reservations are not sold in RE (the customer's market)")
        #expect(ReservationMarkets.unavailableReason(countryCode: nil) == "The customer's country is not known yet")
    }
}
