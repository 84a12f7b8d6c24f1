import ScreenKit
/// The subscriptions list's own commands. Raw values are the stable names help and docs show.
public enum SubscriptionsScreenCommand: String, ScreenCommand {
    case registerSubscription = "register-subscription"
}
