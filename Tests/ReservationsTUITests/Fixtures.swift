import Foundation
import PartnerCenter
import ReservationsCore
import ReservationsTUI
import TerminalUI
@testable import ScreenKit

enum Fixtures {
    static let names: [(String, String)] = [
        ("Contoso Ltd", "US"), ("Contoso Pharmaceuticals", "US"), ("Fabrikam Inc", "US"), ("Northwind Traders", "GB"),
        ("Ålandeilanden — Réunion", "RE"), ("株式会社テスト", "JP"), ("São Paulo Distribuição Ltda", "BR"),
        ("Tailspin Toys", "AU"), ("Müller Maschinenbau GmbH", "DE"), ("Wide World Importers", "NZ"),
    ]

    static func customer(_ index: Int) -> Customer {
        let (name, _) = names[index % names.count]
        let id = String(format: "00000000-0000-4000-a000-%012d", index)
        let domain = name.lowercased().filter { $0.isASCII && $0.isLetter } + ".onmicrosoft.com"
        return Customer(id: CustomerID(id), companyProfile: CompanyProfile(tenantId: id, domain: domain, companyName: name))
    }

    static let customers: [Customer] = names.indices.map(customer)
    /// The customers as the list's load hands them to the screen.
    static let customerRows: [CustomerRow] = customers.map(CustomerRow.init)

    static func subscriptions() -> [Subscription] {
        [
            Subscription(id: "SUB-0145P-1", offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Production (CSP)", status: .active),
            Subscription(id: "SUB-PLAN-1", offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan", friendlyName: "Azure plan", status: .active),
            Subscription(id: "SUB-0145P-2", offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Dev/Test", status: .suspended),
            Subscription(id: "SUB-M365", offerId: "CFQ7TTC0LFLZ:0002", offerName: "Microsoft 365 E3", friendlyName: "Microsoft 365 E3", status: .active),
        ]
    }

    /// A state after the customers, their countries and the first customer's subscriptions arrived.
    static func loadedState(size: Size = Size(width: 100, height: 30), ascii: Bool = false) -> AppState {
        var state = AppState(environment: AppEnvironment(isASCII: ascii), size: size)
        _ = AppReducer.reduce(&state, .started)
        _ = AppReducer.reduce(&state, .customers(.customersPageLoaded(customerRows, loaded: customers.count, total: customers.count, isComplete: true)))
        for (index, customer) in customers.enumerated() {
            _ = AppReducer.reduce(&state, .customers(.customerDetailLoaded(customer.id, country: names[index].1)))
        }
        _ = AppReducer.reduce(&state, .subscriptions(.subscriptionsLoaded(customers[0].id, subscriptions().map(SubscriptionRow.init))))
        return state
    }

    static func press(_ keys: [KeyChord], _ state: inout AppState) -> [Effect] {
        keys.flatMap { AppReducer.reduce(&state, .keyPressed($0)) }
    }

    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        press(text.map { KeyChord.char($0) }, &state)
    }
}
