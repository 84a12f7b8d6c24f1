/// The live set of fault rules; each matching request uses up one count of the first rule that matches.
public actor FaultInjector {
    private var rules: [FaultRule]
    /// How many faults were injected, for tests and the control endpoint.
    public private(set) var injectedCount = 0

    public init(rules: [FaultRule] = []) { self.rules = rules }

    public func add(_ newRules: [FaultRule]) { rules += newRules.filter { $0.count > 0 } }

    public func removeAll() { rules.removeAll() }

    public var activeRules: [FaultRule] { rules }

    /// The fault for this request, if any, consuming one use of it.
    func take(method: String, path: String) -> FaultRule? {
        guard let index = rules.firstIndex(where: { $0.matches(method: method, path: path) }) else { return nil }
        let rule = rules[index]
        rules[index].count -= 1
        if rules[index].count <= 0 { rules.remove(at: index) }
        injectedCount += 1
        return rule
    }
}
