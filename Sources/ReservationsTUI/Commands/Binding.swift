import ScreenKit

/// A key binding of the app: what it acts on is the app's state, what it asks for the app's effects. A screen's
/// module declares its bindings over its own host (``OrdersBindings/all(for:)``), which the app names over this.
public typealias Binding = KeyBinding<AppState, Effect>
