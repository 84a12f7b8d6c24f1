// Partner Center's public API speaks in typed identifiers (`CustomerID`, `OrderID`…) and subscription kinds, so
// whoever imports the client gets them too. They live in their own target so that layers above the client
// (ReservationsTUI) can name a customer without importing the wire types.
@_exported import Vocabulary
// Amounts are `Decimal`; their exact rounding and printing is shared the same way.
@_exported import Money
