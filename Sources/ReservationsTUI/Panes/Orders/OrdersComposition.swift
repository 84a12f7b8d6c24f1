import ReservationsCore
import OrdersFeature

// How the app carries the orders module's answers and effects: its actions reach `OrdersReducer` as
// `Action.orders`, and its effects run in `OrderEffects`, answering through the app's mailbox.

extension OrdersAction: ScreenAnswer {
    func reduce(_ state: inout AppState) -> [Effect] { OrdersReducer.reduce(self, &state) }
}

extension OrdersEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> OrderEffects {
        OrderEffects(
            orders: OrderBook(client: context.directory.client), search: OrderInvoiceLineSearch(client: context.directory.client),
            purchases: context.purchases)
    }

    static func action(for answer: OrdersAction) -> Action { .orders(answer) }
}
