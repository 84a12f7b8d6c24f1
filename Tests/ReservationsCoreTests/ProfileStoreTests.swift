import Foundation
import ReservationsCore
import Testing

struct ProfileStoreTests {
    @Test("a missing file is an empty set; a saved set reads back, with mode 0600")
    func saveAndLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pcres-profiles-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProfileStore(url: folder.appendingPathComponent("pcres/profiles.toml"))
        #expect(try store.load() == ProfileSet())
        var set = ProfileSet()
        set.profiles["a"] = Profile(name: "a", tenant: "t", clientID: "c", secretSource: .environment(variable: "S"), isReadOnly: true)
        set.current = "a"
        try store.save(set)
        #expect(try store.load() == set)
        let mode = try FileManager.default.attributesOfItem(atPath: store.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path)
        #expect(leftovers == ["profiles.toml"], "no temporary file is left behind")
    }
}
