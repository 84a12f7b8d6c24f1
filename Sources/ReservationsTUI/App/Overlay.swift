import TerminalUI
import CartFeature
import BillingFeature

/// What sits on top of the panes and takes the keys first.
public enum Overlay: Equatable, Sendable {
    /// The `?` help screen, opened on the focused pane's keys.
    case help(HelpScreen)
    /// The `:` command line being edited.
    case commandLine(TextField)
    /// Adding or editing a cart line.
    case cartForm(CartLineForm)
    /// The checkout dialog, from preflight to result.
    case checkout(CheckoutFlow)
    /// Confirmed checkouts left unsettled by an earlier run; `focusedButton` 0 is Later/Close (the default), 1 is
    /// Check (reads only) or, once looked into, Continue (opens the summary; only a typed BUY sends).
    case unfinished([UnfinishedPurchase], focusedButton: Int)
    /// Asking where to export line items or a statement (and whether to overwrite).
    case export(ExportPrompt)
}
