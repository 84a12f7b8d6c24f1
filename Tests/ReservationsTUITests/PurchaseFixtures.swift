import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
@testable import CatalogFeature
@testable import CartFeature

/// States along the purchase flow, built by keys and actions as a person and the service would produce them.
enum PurchaseFixtures {
    typealias F = CatalogFixtures

    /// The availability of the cheapest SKU (Dsv5 0001, 612.36 USD per unit, P1Y).
    static let d2sAvailability = Availability(
        id: "DZH318Z0BQ3Q", productID: F.dsv5.id, skuID: "0001", defaultCurrency: CurrencyInfo(code: "USD"), country: "US",
        terms: [Term(duration: "P1Y", description: "1 year")])
    static let d2sKey = CatalogItemKey(productID: F.dsv5.id, skuID: "0001")

    /// The catalog with the cart form open for the first (cheapest) SKU.
    static func formState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = F.loadedState(size: size)
        _ = Fixtures.press([.char("a")], &state)
        _ = AppReducer.reduce(&state, .catalog(.availabilitiesLoaded(d2sKey, [d2sAvailability].map(AvailabilityRow.init))))
        return state
    }

    /// A cart with `quantity` D2s v5 reservations, the cart pane open.
    static func cartState(quantity: Int = 3, size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = formState(size: size)
        _ = Fixtures.press([.backspace], &state)
        _ = Fixtures.type(String(quantity), &state)
        _ = Fixtures.press([.enter, .char("C")], &state)
        return state
    }

    /// The checkout summary, waiting for the typed confirmation.
    static func confirmingState(size: Size = Size(width: 100, height: 30)) -> AppState {
        var state = cartState(size: size)
        _ = Fixtures.press([.char("b")], &state)
        _ = AppReducer.reduce(&state, .cart(.preflightFinished([])))
        return state
    }

    static let placedOrderID: OrderID = "ORD-7F3A21"

    static func placedOrder(created: Date = Date(timeIntervalSince1970: 1_795_000_000)) -> Order {
        Order(
            id: placedOrderID, alternateId: nil, referenceCustomerId: Fixtures.customers[0].id, billingCycle: .oneTime,
            currencyCode: "USD", currencySymbol: "$", creationDate: created, status: .completed,
            lineItems: [
                OrderLineItem(lineItemNumber: 0, offerId: "DZH318Z0BQ4Z:0001:DZH318Z0BQ3Q", friendlyName: "Standard_D2s_v5 eastus 1Y",
                              quantity: 3, termDuration: "P1Y", provisioningContext: ["scope": "shared", "subscriptionId": "SUB-0145P-1"])
            ], totalPrice: Decimal(string: "1837.08")!)
    }

    static func olderOrder() -> Order {
        Order(
            id: "ORD-1111", alternateId: nil, referenceCustomerId: Fixtures.customers[0].id, billingCycle: .monthly,
            currencyCode: "USD", currencySymbol: "$", creationDate: Date(timeIntervalSince1970: 1_760_000_000), status: .completed,
            lineItems: [OrderLineItem(lineItemNumber: 0, offerId: "CFQ7TTC0LFLZ", friendlyName: "Microsoft 365 E3", quantity: 25,
                                      termDuration: "P1M")], totalPrice: 900)
    }

    static func report() -> CheckoutReport {
        CheckoutReport(
            orders: [.init(orderID: placedOrderID, status: "completed", lineCount: 1, total: Decimal(string: "1837.08")!, currencyCode: "USD")],
            failures: [], boughtLineIDs: [1], requestID: "9b1c2f4e-0000-8000-8000-000000000001")
    }
}
