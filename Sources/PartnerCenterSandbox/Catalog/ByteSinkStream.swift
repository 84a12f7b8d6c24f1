import Foundation

/// An in-memory `OutputStream` that appends to a byte array. CSV.swift's writer writes one byte per call;
/// Foundation's memory stream made each of those a CoreFoundation call, which took about 30 seconds for the
/// 100,000-row price sheet of `--scale 14` in a debug build.
final class ByteSinkStream: OutputStream {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []
    private var status: Stream.Status = .notOpen

    init() {
        super.init(toMemory: ())
        bytes.reserveCapacity(1 << 20)
    }

    required init(toMemory: ()) {
        super.init(toMemory: ())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasSpaceAvailable: Bool { true }

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        if length == 1 {
            bytes.append(buffer.pointee)
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length))
        }
        return length
    }
}
