import Foundation
import ReservationsCore

/// The JSON encoder of `--output json`: sorted keys, pretty printed, slashes not escaped, so output is stable.
/// C1 controls, DEL and bidi controls in API strings are written as `\uXXXX` escapes (`InvisibleCharacters`), so
/// `--output json` piped to a terminal cannot reorder or drive it.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return InvisibleCharacters.escapedInJSON(try encoder.encode(value))
    }
}
