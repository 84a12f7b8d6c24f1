import Foundation
@testable import PartnerCenterSandbox
import Testing

/// A sandbox database that cannot be read is moved aside with a notice and replaced by a fresh sandbox.
struct SandboxStoreRecoveryTests {
    @Test("a file that is not a database is kept under .corrupt-<time>, reported, and a new sandbox is seeded")
    func corruptFileMovedAside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-store-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("sandbox.sqlite")
        let garbage = Data(String(repeating: "not a database ", count: 400).utf8)
        try garbage.write(to: url)
        let store = try SandboxStore(url: url, now: Date(timeIntervalSince1970: 1_000))
        let notice = try #require(store.recoveryNotice)
        #expect(notice.contains("sandbox.sqlite.corrupt-1000"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("sandbox.sqlite.corrupt-1000")) == garbage)
        #expect(try store.customers(offset: 0, limit: 5, filter: nil).total >= 40)

        let again = try SandboxStore(url: url)
        #expect(again.recoveryNotice == nil, "a healthy database is opened as it is")
    }
}
