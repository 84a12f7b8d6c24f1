import OrdersFeature
import ScreenKit

/// What the billing screen needs of the app: a place for its state, the export prompt it opens over the screens,
/// a way to be shown, and how its effects travel. Billing opens orders (`o` on a line item), so it is an orders host
/// too.
public protocol BillingHost: OrdersHost {
    /// The billing pane's content, once opened.
    var billing: BillingState? { get set }
    /// The prompt asking where to export, while it is open over the screens.
    var exportPrompt: ExportPrompt? { get set }
    /// The export being written, kept to ask about overwriting if its file exists.
    var pendingExport: ExportPrompt? { get set }
    /// Puts the billing screen on top (the shown screen is asked to leave first); what leaving asked for.
    mutating func showBillingScreen() -> [AppEffect]
    /// The app's effect carrying one of the billing screen's.
    static func billingEffect(_ effect: BillingEffect) -> AppEffect
}
