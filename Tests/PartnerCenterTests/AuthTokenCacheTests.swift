import Foundation
import PartnerCenter
import Testing

/// The token caches: the 0600 file, refusal of readable files, round trips.
struct AuthTokenCacheTests {
    static let key = TokenCacheKey(cloud: .usGovernment, tenant: "Fabrikam.us", clientID: "app-1")

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("pcres-cache-\(UUID().uuidString)")
    }

    @Test("the file cache writes mode 0600 in a 0700 folder, leaves no temporary file, and reads back in a new instance")
    func writesPrivateFile() async throws {
        let folder = Self.temporaryFolder().appendingPathComponent("nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("tokens.json")
        let expiry = Date(timeIntervalSince1970: 1_900_000_000)
        let entry = TokenCacheEntry(refreshToken: Secret("refresh-ABC"), accessToken: AccessToken(value: "access-XYZ", expiresOn: expiry))
        try await FileTokenCache(url: file).store(entry, for: Self.key)
        #expect(try Self.mode(file.path) == 0o600)
        #expect(try Self.mode(folder.path) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tokens.json"])

        // A second write replaces the file atomically and keeps 0600.
        let other = TokenCacheKey(cloud: "global", tenant: "t2", clientID: "app-2")
        try await FileTokenCache(url: file).store(TokenCacheEntry(refreshToken: Secret("refresh-2")), for: other)
        #expect(try Self.mode(file.path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tokens.json"])

        let reader = FileTokenCache(url: file)
        #expect(try await reader.entry(for: Self.key) == entry)
        #expect(try await reader.entry(for: other)?.refreshToken == Secret("refresh-2"))
        #expect(try await reader.entry(for: TokenCacheKey(cloud: "global", tenant: "fabrikam.us", clientID: "app-1")) == nil, "cloud is part of the key")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("usgovernment/fabrikam.us/app-1"))

        try await reader.store(nil, for: Self.key)
        #expect(try await FileTokenCache(url: file).entry(for: Self.key) == nil)
    }

    @Test("a group- or other-readable cache file is refused with a message that says chmod 600, and its tokens stay unread")
    func refusesReadableFile() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tokens.json")
        try await FileTokenCache(url: file).store(TokenCacheEntry(refreshToken: Secret("refresh-LEAK-ME")), for: Self.key)
        for mode in [0o644, 0o640, 0o604, 0o660] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
            let error = await #expect(throws: TokenCacheError.self) { try await FileTokenCache(url: file).entry(for: Self.key) }
            #expect(error?.kind == .insecurePermissions(mode: UInt32(mode)))
            let message = String(describing: try #require(error))
            #expect(message.contains("chmod 600 \(file.path)"))
            #expect(message.contains(String(mode, radix: 8)))
            #expect(!message.contains("refresh-LEAK-ME"))
            // Writing goes through a read first, so it is refused too (and does not silently fix the file).
            await #expect(throws: TokenCacheError.self) { try await FileTokenCache(url: file).store(nil, for: Self.key) }
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try await FileTokenCache(url: file).entry(for: Self.key)?.refreshToken == Secret("refresh-LEAK-ME"))
    }

    @Test("a missing file is an empty cache; a malformed one is a typed error")
    func missingAndMalformed() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tokens.json")
        #expect(try await FileTokenCache(url: file).entry(for: Self.key) == nil)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("not json".utf8), attributes: [.posixPermissions: 0o600]))
        let error = await #expect(throws: TokenCacheError.self) { try await FileTokenCache(url: file).entry(for: Self.key) }
        #expect(error?.kind == .malformed)
        #expect(error?.description.contains("run pcres login again") == true)
    }

    @Test("the in-memory cache stores, replaces and removes")
    func inMemory() async {
        let cache = InMemoryTokenCache()
        await cache.store(TokenCacheEntry(refreshToken: Secret("one")), for: Self.key)
        await cache.store(TokenCacheEntry(refreshToken: Secret("two")), for: Self.key)
        #expect(await cache.entry(for: Self.key)?.refreshToken == Secret("two"))
        await cache.store(nil, for: Self.key)
        #expect(await cache.entry(for: Self.key) == nil)
    }
}
