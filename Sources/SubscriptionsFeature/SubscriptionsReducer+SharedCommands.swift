import ScreenKit
import TerminalUI

// What the shared commands do on the subscriptions list (`r` is the customer list's, whose effects load it).

extension SubscriptionsReducer {
    public static func move<Host: SubscriptionsHost>(_ command: Command, visibleRows: Int, _ state: inout Host) -> [Host.AppEffect] {
        state.subscriptions.table.apply(command, visibleRows: visibleRows, count: state.subscriptions.items.count)
        return []
    }
}
