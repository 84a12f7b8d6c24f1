import Foundation

/// Where a collection envelope's `items` are in its JSON bytes, found without decoding them.
///
/// A country's SKU list is one unpaged answer of up to 10 MB; decoding it whole takes a quarter of a second
/// before any row can be shown. With the byte range of each item known, the items decode in batches (the
/// first few first) and the envelope (`totalCount`, `links`, …) decodes alone with `items` emptied.
///
/// No package on this machine reads JSON incrementally (swift-foundation's decoder takes a whole document), so
/// this scans the structure only: strings with their escapes, nesting, and commas at the `items` level. It
/// validates nothing else: a body it cannot lay out gives nil, and the caller decodes it whole, which reports
/// the error as usual.
struct CollectionLayout {
    /// The byte range of each element of the top-level `items` array, in order.
    let itemRanges: [Range<Int>]
    /// The body with the `items` array emptied (`"items":[]`), for decoding the rest of the envelope.
    let envelope: Data

    /// Lays out `body`, or nil when it is not an object with an `items` array (or is not well nested).
    init?(_ body: Data) {
        guard let (ranges, open, close) = body.withUnsafeBytes({ Self.scan($0) }) else { return nil }
        itemRanges = ranges
        var envelope = Data(capacity: body.count - (close - open) + 2)
        envelope.append(body[body.startIndex..<body.startIndex + open + 1])
        envelope.append(body[body.startIndex + close..<body.endIndex])
        self.envelope = envelope
    }

    /// The JSON array of the items in `range` (indices into ``itemRanges``), copied out of `body`.
    func array(of range: Range<Int>, in body: Data) -> Data {
        guard let first = range.first, let last = range.last else { return Data("[]".utf8) }
        let bytes = body[body.startIndex + itemRanges[first].lowerBound..<body.startIndex + itemRanges[last].upperBound]
        var array = Data(capacity: bytes.count + 2)
        array.append(UInt8(ascii: "["))
        array.append(bytes)  // the commas between the items come with them
        array.append(UInt8(ascii: "]"))
        return array
    }

    /// (item ranges, offset of `items`' `[`, offset of its `]`), offsets from the start of `bytes`.
    private static func scan(_ bytes: UnsafeRawBufferPointer) -> ([Range<Int>], Int, Int)? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
        let colon = UInt8(ascii: ":")
        let itemsKey = Array("items".utf8)
        var depth = 0
        var index = 0
        var keyStart = -1  // start of the last key read at depth 1
        var valueIsItems = false  // the value being read at depth 1 belongs to the key `items`
        var expectingKey = false
        var open = -1, close = -1
        var ranges: [Range<Int>] = []
        var elementStart = -1
        var lastSignificant = -1  // the last byte of the current element seen so far
        let count = bytes.count
        var inItems = false  // between `items`' brackets
        while index < count {
            let byte = bytes[index]
            switch byte {
            case quote:
                let start = index
                index += 1
                while index < count, bytes[index] != quote {
                    index += bytes[index] == backslash ? 2 : 1
                }
                guard index < count else { return nil }
                if depth == 1 && expectingKey {
                    keyStart = start + 1
                    valueIsItems = index - keyStart == itemsKey.count
                        && itemsKey.indices.allSatisfy { bytes[keyStart + $0] == itemsKey[$0] }
                } else if inItems && depth == 2, elementStart < 0 {
                    elementStart = start
                }
                lastSignificant = index
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 {
                    guard byte == UInt8(ascii: "{") else { return nil }
                    expectingKey = true
                } else if depth == 1 {
                    if valueIsItems && byte == UInt8(ascii: "[") {
                        guard open < 0 else { return nil }  // a second `items` key: let the decoder judge
                        open = index
                        inItems = true
                    }
                } else if inItems && depth == 2, elementStart < 0 {
                    elementStart = index
                }
                depth += 1
                lastSignificant = index
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if inItems && depth == 2, byte == UInt8(ascii: "]") {
                    if elementStart >= 0 { ranges.append(elementStart..<lastSignificant + 1) }
                    elementStart = -1
                    close = index
                    inItems = false
                }
                depth -= 1
                guard depth >= 0 else { return nil }
                lastSignificant = index
                if depth == 0 { index = count }  // the envelope ends here; trailing bytes are the decoder's to judge
            case comma:
                if inItems && depth == 2 {
                    guard elementStart >= 0 else { return nil }
                    ranges.append(elementStart..<lastSignificant + 1)
                    elementStart = -1
                } else if depth == 1 {
                    expectingKey = true
                    valueIsItems = false
                }
            case colon:
                if depth == 1 { expectingKey = false }
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                break
            default:  // numbers, true, false, null
                if inItems && depth == 2, elementStart < 0 { elementStart = index }
                lastSignificant = index
            }
            index += 1
        }
        guard depth == 0, open >= 0, close > open else { return nil }
        return (ranges, open, close)
    }
}
