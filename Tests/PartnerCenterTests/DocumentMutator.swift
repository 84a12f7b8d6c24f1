import Foundation

/// Breaks a recorded JSON document at random, reproducibly from a seed: deletes keys, changes value types,
/// injects control characters, swaps in huge numbers, truncates the text.
struct DocumentMutator {
    /// SplitMix64: tiny, fast, and the same sequence for the same seed on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// The kinds of damage, one of which is applied per step.
    enum Mutation: CaseIterable {
        case deleteKey, changeType, injectControlCharacters, hugeNumber, truncate, duplicateArrayElement
    }

    private(set) var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// `document` with one to three random mutations applied.
    mutating func mutate(_ document: Data) -> Data {
        var data = document
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            data = apply(Mutation.allCases.randomElement(using: &generator)!, to: data)
        }
        return data
    }

    private mutating func apply(_ mutation: Mutation, to data: Data) -> Data {
        switch mutation {
        case .truncate:
            guard !data.isEmpty else { return data }
            return data.prefix(Int.random(in: 0..<data.count, using: &generator))
        case .hugeNumber:
            // At the text level, where JSONSerialization cannot go: numbers no Double or Int holds.
            guard var text = String(data: data, encoding: .utf8) else { return data }
            let huge = ["1e999", "-1e999", "123456789012345678901234567890", "0.0000000000000000000000000000001e-400",
                        "9223372036854775808", "-9223372036854775809", "NaN", "1.5e+308"]
            let candidates = text.ranges(of: /-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/)
            guard let range = candidates.randomElement(using: &generator) else { return data }
            text.replaceSubrange(range, with: huge.randomElement(using: &generator)!)
            return Data(text.utf8)
        case .deleteKey, .changeType, .injectControlCharacters, .duplicateArrayElement:
            guard var value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return data }
            value = transform(value, mutation: mutation, depth: 0)
            return (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])) ?? data
        }
    }

    /// Walks down a random path and applies the mutation at a random depth.
    private mutating func transform(_ value: Any, mutation: Mutation, depth: Int) -> Any {
        let stopHere = Int.random(in: 0..<4, using: &generator) == 0 || depth > 12
        if var object = value as? [String: Any], !object.isEmpty {
            let key = object.keys.sorted().randomElement(using: &generator)!
            if stopHere || mutation == .deleteKey && Bool.random(using: &generator) {
                switch mutation {
                case .deleteKey: object.removeValue(forKey: key)
                case .changeType: object[key] = otherType(than: object[key]!)
                case .injectControlCharacters: object[key] = withControlCharacters(object[key]!)
                default: object[key] = transform(object[key]!, mutation: mutation, depth: depth + 1)
                }
            } else {
                object[key] = transform(object[key]!, mutation: mutation, depth: depth + 1)
            }
            return object
        }
        if var array = value as? [Any], !array.isEmpty {
            let index = Int.random(in: 0..<array.count, using: &generator)
            if stopHere {
                switch mutation {
                case .duplicateArrayElement: array.append(contentsOf: Array(repeating: array[index], count: 50))
                case .changeType: array[index] = otherType(than: array[index])
                case .deleteKey: array.remove(at: index)
                case .injectControlCharacters: array[index] = withControlCharacters(array[index])
                default: break
                }
            } else {
                array[index] = transform(array[index], mutation: mutation, depth: depth + 1)
            }
            return array
        }
        switch mutation {
        case .changeType: return otherType(than: value)
        case .injectControlCharacters: return withControlCharacters(value)
        default: return value
        }
    }

    private mutating func otherType(than value: Any) -> Any {
        let choices: [Any] = [
            NSNull(), true, 0, -1, 3.75, "", "not a number", "2024-13-45T99:99:99Z", [Any](), [String: Any](),
            ["nested": ["deeper": [1, 2, 3]]], String(repeating: "x", count: 10_000), Int.max, Double.greatestFiniteMagnitude,
        ]
        var choice = choices.randomElement(using: &generator)!
        // Keep the change a change: a string stays a string only when it is replaced by a different one.
        if value is String, choice is String, Bool.random(using: &generator) { choice = 42 }
        return choice
    }

    private mutating func withControlCharacters(_ value: Any) -> Any {
        let controls = ["\u{0}", "\u{1B}[31m", "\u{7}", "\r\n", "\u{202E}", "\u{FEFF}", "\u{1B}]0;title\u{7}", "\u{8}\u{8}"]
        let injected = controls.randomElement(using: &generator)!
        guard let text = value as? String else { return injected }
        let offset = Int.random(in: 0...text.count, using: &generator)
        let index = text.index(text.startIndex, offsetBy: offset)
        return String(text[..<index]) + injected + String(text[index...])
    }
}
