import Foundation

/// Appends numbers and arrays of plain values to bytes, for ``ArchiveReader`` to read back in the same order.
///
/// Arrays are written as their memory (a count, then the elements' bytes), so a 100,000-row column is one copy
/// each way. That memory is in this machine's byte order: the archive is a local cache, and ``byteOrderMark``
/// makes a reader on another byte order refuse it instead of reading nonsense.
struct ArchiveWriter {
    /// Written first; read back as another value on a machine of the other byte order.
    static let byteOrderMark: UInt32 = 0x0102_0304

    private(set) var data = Data()

    init(magic: String) {
        data.append(contentsOf: Array(magic.utf8))
        write(Self.byteOrderMark)
    }

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
    }

    mutating func write<Element: BitwiseCopyable>(array: [Element]) {
        write(Int64(array.count))
        array.withUnsafeBytes { data.append(contentsOf: $0) }
    }
}
