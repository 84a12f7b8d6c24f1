import Foundation

/// Reads what an ``ArchiveWriter`` wrote, in the same order; anything short, out of order or from another format
/// throws ``ArchiveReader/Failure`` instead of trapping.
struct ArchiveReader {
    /// Why an archive could not be read.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    private let data: Data
    private var offset: Int

    /// Starts after the magic and byte order mark, or throws when they are not the expected ones.
    init(_ data: Data, magic: String) throws {
        self.data = data
        let expected = Array(magic.utf8)
        guard data.count >= expected.count, Array(data.prefix(expected.count)) == expected else {
            throw Failure(description: "not a \(magic) archive (another format or version)")
        }
        offset = data.startIndex + expected.count
        guard try read() as UInt32 == ArchiveWriter.byteOrderMark else {
            throw Failure(description: "written on a machine of another byte order")
        }
    }

    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= data.endIndex - offset else {
            throw Failure(description: "the archive is cut short")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func read<Value: FixedWidthInteger>() throws -> Value {
        let range = try take(MemoryLayout<Value>.size)
        var value = Value.zero
        _ = withUnsafeMutableBytes(of: &value) { data.copyBytes(to: $0, from: range) }
        return value
    }

    mutating func readArray<Element: BitwiseCopyable>(of _: Element.Type = Element.self) throws -> [Element] {
        let count = Int(try read() as Int64)
        let stride = MemoryLayout<Element>.stride
        guard count >= 0, count <= (data.endIndex - offset) / max(stride, 1) else {
            throw Failure(description: "the archive is cut short")
        }
        let range = try take(count * stride)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.copyBytes(to: UnsafeMutableRawBufferPointer(buffer), from: range)
            initialized = count
        }
    }

    /// Whether everything was read.
    var isAtEnd: Bool { offset == data.endIndex }
}
