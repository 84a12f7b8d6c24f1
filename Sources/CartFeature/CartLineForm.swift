import ScreenKit
import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI

/// The add/edit form for one cart line, validated on every key.
///
/// Quantity and name are typed; term, scope and subscription are choices cycled with ←/→ or Space.
/// Billing is shown but fixed: reservations are paid up front (`one_time`). So is the scope of an Azure plan line:
/// shared, as Partner Center buys it (single scope is set in Azure afterwards).
public struct CartLineForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case quantity, term, scope, subscription, friendlyName

        public var label: String {
            switch self {
            case .quantity: "Quantity"
            case .term: "Term"
            case .scope: "Scope"
            case .subscription: "Subscription"
            case .friendlyName: "Name"
            }
        }
    }

    /// One term of one availability: what the term field cycles through.
    public struct TermChoice: Equatable, Sendable {
        public var termDuration: String
        public var description: String?
        public var catalogItemID: CatalogItemID

        public init(termDuration: String, description: String?, catalogItemID: CatalogItemID) {
            self.termDuration = termDuration
            self.description = description
            self.catalogItemID = catalogItemID
        }
    }

    /// What a key did to the form.
    public enum Outcome: Equatable, Sendable {
        case editing
        case submitted(CartDraftLine)
        case cancelled
    }

    /// Longest friendly name accepted (the service's limit is not documented; 64 keeps tables readable).
    public static let maximumNameLength = 64

    /// The line being edited, or a template for a new one (its ID is the one it will get).
    public var template: CartDraftLine
    public var isEditing: Bool
    public var terms: [TermChoice]
    public var termIndex = 0
    public var subscriptions: [SubscriptionRow]
    public var subscriptionIndex = 0
    public var scope: PurchaseScope
    public var quantity: TextField
    public var friendlyName: TextField
    public var focus: Field = .quantity
    /// Who a new cart is for when the line starts one (the catalog's customer); nil when editing the draft's line.
    public var buyer: CartBuyer?

    public init(template: CartDraftLine, isEditing: Bool, terms: [TermChoice], subscriptions: [SubscriptionRow], buyer: CartBuyer? = nil) {
        self.buyer = buyer
        self.template = template
        self.isEditing = isEditing
        self.terms = terms
        self.subscriptions = subscriptions
        // Partner Center sets an Azure plan's reservations to Shared at purchase: a line is never offered otherwise.
        scope = template.subscriptionKind == .azurePlan ? .shared : template.scope
        quantity = TextField(text: String(template.quantity))
        friendlyName = TextField(text: template.friendlyName)
        termIndex = terms.firstIndex { $0.termDuration == template.termDuration } ?? 0
        subscriptionIndex = subscriptions.firstIndex { $0.id == template.subscriptionID } ?? 0
    }

    /// True when the line is for an Azure plan: its scope is fixed to shared.
    public var isAzurePlan: Bool { template.subscriptionKind == .azurePlan }

    // MARK: - Validation

    /// The typed quantity when it is a whole number of digits only (`1.5`, `-1`, `+2` and `1e3` are not), or nil.
    public var typedQuantity: Int? {
        let text = quantity.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// The quantities this SKU accepts: its minimum (at least 1) to its maximum, when known.
    public var quantityRange: (minimum: Int, maximum: Int?) {
        (max(1, template.minimumQuantity ?? 1), QuantityLimitsText.realMaximum(template.maximumQuantity))
    }

    /// Why the typed quantity cannot be bought, or nil. The text is kept as typed, so what is wrong stays visible.
    public var quantityProblem: String? {
        let (minimum, maximum) = quantityRange
        let allowed = maximum.map { "from \(minimum) to \($0)" } ?? "of at least \(minimum)"
        let rule = "Quantity must be a whole number \(allowed)"
        let text = quantity.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return rule }
        guard let value = typedQuantity, value >= minimum, maximum.map({ value <= $0 }) ?? true else {
            return "\(rule), not \"\(text)\""
        }
        return nil
    }

    /// Every problem with the form, in field order; empty when it can be submitted.
    public var problems: [String] {
        var problems: [String] = []
        if let problem = quantityProblem { problems.append(problem) }
        if terms.isEmpty { problems.append("This SKU has no term on sale in this market") }
        if subscriptions.isEmpty {
            let kind = template.subscriptionKind.map { "\($0.label) " } ?? ""
            problems.append("No active \(kind)subscription of this customer fits this reservation")
        }
        let name = friendlyName.text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { problems.append("Name is empty: it is how the reservation shows in Azure") }
        if name.count > Self.maximumNameLength { problems.append("Name is longer than \(Self.maximumNameLength) characters") }
        return problems
    }

    /// The line the form describes, when valid.
    public var line: CartDraftLine? {
        guard problems.isEmpty, let value = typedQuantity else { return nil }
        var line = template
        line.quantity = value
        line.termDuration = terms[termIndex].termDuration
        line.catalogItemID = terms[termIndex].catalogItemID
        line.scope = scope
        let subscription = subscriptions[subscriptionIndex]
        line.subscriptionID = subscription.id
        line.subscriptionName = subscription.displayName
        line.friendlyName = friendlyName.text.trimmingCharacters(in: .whitespaces)
        line.problem = nil
        return line
    }

    /// The line's price with the typed quantity, when both are known.
    public var lineTotal: Decimal? {
        guard let unit = template.unitPrice, quantityProblem == nil, let value = typedQuantity else { return nil }
        return unit * Decimal(value)
    }

    // MARK: - Keys

    public mutating func handle(_ key: KeyChord) -> Outcome {
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            if let line { return .submitted(line) }
            return .editing
        case .tab, .down:
            focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
        case .backTab, .up:
            focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .left where isChoice(focus), .right where isChoice(focus), .char(" ") where isChoice(focus):
            cycle(forward: key != .left)
        default:
            switch focus {
            case .quantity:
                // Every key reaches the field: dropping `.` or `-` silently turned 1.5 into 15 and -1 into 1.
                _ = quantity.handle(key)
            case .friendlyName:
                _ = friendlyName.handle(key)
            default:
                break
            }
        }
        return .editing
    }

    func isChoice(_ field: Field) -> Bool { field == .term || (field == .scope && !isAzurePlan) || field == .subscription }

    private mutating func cycle(forward: Bool) {
        func step(_ index: Int, count: Int) -> Int {
            guard count > 0 else { return 0 }
            return (index + (forward ? 1 : count - 1)) % count
        }
        switch focus {
        case .term: termIndex = step(termIndex, count: terms.count)
        case .scope: scope = scope == .shared ? .single : .shared
        case .subscription: subscriptionIndex = step(subscriptionIndex, count: subscriptions.count)
        default: break
        }
    }
}
