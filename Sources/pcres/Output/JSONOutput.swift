import Foundation

/// The JSON encoder of `--output json`: sorted keys, pretty printed, slashes not escaped, so output is stable.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
