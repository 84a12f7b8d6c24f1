import Foundation
import TOMLKit

/// The contents of profiles.toml: the named profiles and which one is current.
///
/// ```toml
/// current = "contoso"
///
/// [profiles.contoso]
/// tenant = "contoso.onmicrosoft.com"
/// clientId = "00000000-0000-0000-0000-000000000000"
/// secret = "env:CONTOSO_SECRET"
/// ```
public struct ProfileSet: Sendable, Equatable {
    /// Profiles from the file, by name. The built-in `sandbox` is not stored here.
    public var profiles: [String: Profile]
    /// The profile used when `--profile` is not given; nil means the built-in sandbox.
    public var current: String?

    public init(profiles: [String: Profile] = [:], current: String? = nil) {
        self.profiles = profiles
        self.current = current
    }

    /// Every profile, the built-in sandbox first, then by name.
    public var all: [Profile] {
        [Profile.sandbox] + profiles.values.filter { !$0.isBuiltInSandbox }.sorted { $0.name < $1.name }
    }

    /// The profile named `name`, or the current one when `name` is nil.
    /// - Throws: ``ProfileError`` naming the known profiles when there is no such profile.
    public func profile(named name: String?) throws -> Profile {
        let wanted = name ?? current ?? Profile.sandboxName
        if let profile = profiles[wanted] { return profile }
        if wanted == Profile.sandboxName { return .sandbox }
        let known = all.map(\.name).joined(separator: ", ")
        throw ProfileError(message: "no profile named \"\(wanted)\"; known profiles: \(known) (see pcres profile list)")
    }

    private static let profileKeys = [
        "cloud", "tenant", "clientId", "auth", "secret", "endpoint", "authority", "readOnly", "theme", "allowInsecureHTTP",
        "partnerApiEndpoint", "graphEndpoint",
        "ledger", "ledgerPassword",
    ]

    // MARK: - Reading

    /// Parses profiles.toml.
    /// - Throws: ``ProfileError`` with the file name and line of the first mistake: invalid TOML, an unknown
    ///   key, a value of the wrong type, an unknown cloud or auth mode, a malformed secret source or URL, a
    ///   missing tenant or client ID, or a `current` that names no profile.
    public static func parse(_ source: String, fileName: String = "profiles.toml") throws -> ProfileSet {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ProfileError(fileName: fileName, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        }
        let locator = ProfileKeyLocator(source: source)
        var errors: [ProfileError] = []
        func fail(_ message: String, line: Int?) { errors.append(ProfileError(fileName: fileName, line: line, message: message)) }

        var result = ProfileSet()
        var currentLine: Int?
        // Names with a table, even one with mistakes: `current` naming them is not a second problem.
        var declared: Set<String> = []
        for key in root.keys {
            guard let value = root[key] else { continue }
            switch key {
            case "current":
                currentLine = locator.line(ofKey: "current", inTable: nil)
                guard let name = value.string, !name.isEmpty else {
                    fail("current must be a profile name in quotes, found \(value.type)", line: currentLine)
                    continue
                }
                result.current = name
            case "profiles":
                guard let table = value.table else {
                    fail("profiles must be tables such as [profiles.contoso], found \(value.type)",
                         line: locator.line(ofKey: "profiles", inTable: nil))
                    continue
                }
                for name in table.keys {
                    declared.insert(name)
                    guard let entry = table[name] else { continue }
                    let tableName = "profiles.\(name)"
                    let tableLine = locator.line(ofTable: tableName) ?? locator.line(ofKey: name, inTable: "profiles")
                    guard Profile.isValidName(name) else {
                        fail("profile name \"\(name)\" may hold only letters, digits, - and _", line: tableLine)
                        continue
                    }
                    guard let fields = entry.table else {
                        fail("profile \"\(name)\" must be a table ([\(tableName)]), found \(entry.type)", line: tableLine)
                        continue
                    }
                    do {
                        result.profiles[name] = try readProfile(
                            name: name, fields: fields, tableLine: tableLine,
                            lineOf: { locator.line(ofKey: $0, inTable: tableName) }, fileName: fileName)
                    } catch let error as ProfileError {
                        errors.append(error)
                    }
                }
            default:
                fail("unknown key \"\(key)\"; the file has current and [profiles.NAME] tables",
                     line: locator.line(ofKey: key, inTable: nil))
            }
        }
        if let current = result.current, !declared.contains(current), current != Profile.sandboxName {
            fail("current names \"\(current)\", which is not a profile in this file", line: currentLine)
        }
        // The first problem in file order, as a person reads the file.
        if let first = errors.min(by: { ($0.line ?? Int.max) < ($1.line ?? Int.max) }) { throw first }
        return result
    }

    private static func readProfile(
        name: String, fields: TOMLTable, tableLine: Int?, lineOf: (String) -> Int?, fileName: String
    ) throws -> Profile {
        func fail(_ message: String, key: String) -> ProfileError {
            ProfileError(fileName: fileName, line: lineOf(key) ?? tableLine, message: "profile \"\(name)\": \(message)")
        }
        func string(_ key: String) throws -> String? {
            guard let value = fields[key] else { return nil }
            guard let text = value.string else { throw fail("\(key) must be a string in quotes, found \(value.type)", key: key) }
            return text
        }
        func url(_ key: String) throws -> URL? {
            guard let text = try string(key) else { return nil }
            guard let url = URL(string: text), url.scheme == "https" || url.scheme == "http", url.host != nil else {
                throw fail("\(key) must be an http(s) URL, found \"\(text)\"", key: key)
            }
            return url
        }
        for key in fields.keys where !profileKeys.contains(key) {
            throw fail("unknown key \"\(key)\"; expected \(profileKeys.joined(separator: ", "))", key: key)
        }
        var cloud = ProfileCloud.global
        if let text = try string("cloud") {
            guard let value = ProfileCloud(rawValue: text.lowercased()) else {
                throw fail("cloud must be \"global\" or \"usgov\", found \"\(text)\"", key: "cloud")
            }
            cloud = value
        }
        var authMode = ProfileAuthMode.app
        if let text = try string("auth") {
            guard let value = ProfileAuthMode(rawValue: text.lowercased()) else {
                throw fail("auth must be \"app\" (client secret) or \"user\" (pcres login), found \"\(text)\"", key: "auth")
            }
            authMode = value
        }
        guard let tenant = try string("tenant"), !tenant.isEmpty else {
            throw fail("tenant is missing (the partner tenant ID or domain)", key: "tenant")
        }
        guard let clientID = try string("clientId"), !clientID.isEmpty else {
            throw fail("clientId is missing (the app registration's application ID)", key: "clientId")
        }
        var secretSource: SecretSource?
        if let text = try string("secret") {
            guard let source = SecretSource(text: text) else {
                // Never echo the value: someone may have pasted the secret itself here.
                throw fail("secret must be \"env:VARIABLE\" or \"file:PATH\"; the secret itself never goes in this file", key: "secret")
            }
            secretSource = source
        }
        if authMode == .app, secretSource == nil {
            throw fail("auth \"app\" needs secret = \"env:VARIABLE\" or \"file:PATH\"", key: "auth")
        }
        var isReadOnly = false
        if let value = fields["readOnly"] {
            guard let flag = value.bool else { throw fail("readOnly must be true or false, found \(value.type)", key: "readOnly") }
            isReadOnly = flag
        }
        var profile = Profile(
            name: name, cloud: cloud, tenant: tenant, clientID: clientID, authMode: authMode, secretSource: secretSource,
            endpoint: try url("endpoint"), authority: try url("authority"), isReadOnly: isReadOnly, theme: try string("theme"))
        if let value = fields["allowInsecureHTTP"] {
            guard let flag = value.bool else {
                throw fail("allowInsecureHTTP must be true or false, found \(value.type)", key: "allowInsecureHTTP")
            }
            profile.allowsInsecureHTTP = flag
        }
        profile.partnerAPIEndpoint = try url("partnerApiEndpoint")
        profile.graphEndpoint = try url("graphEndpoint")
        if let text = try string("ledger") {
            // The whole check (scheme, no password in the URL, TLS) happens when a run opens it; the shape here.
            guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else {
                throw fail("ledger must be \"postgres://USER@HOST:PORT/DATABASE\"", key: "ledger")
            }
            profile.ledger = text
        }
        if let text = try string("ledgerPassword") {
            guard let source = SecretSource(text: text) else {
                throw fail("ledgerPassword must be \"env:VARIABLE\" or \"file:PATH\"; the password itself never goes in this file", key: "ledgerPassword")
            }
            profile.ledgerPassword = source
        }
        return profile
    }

    // MARK: - Writing

    /// The set as TOML that ``parse(_:fileName:)`` reads back, profiles sorted by name.
    public func tomlText() -> String {
        var lines = ["# pcres profiles: see `pcres profile --help`. Secrets never go here, only env:VAR or file:PATH."]
        if let current { lines.append("current = \(Self.quoted(current))") }
        for profile in profiles.values.sorted(by: { $0.name < $1.name }) {
            lines.append("")
            lines.append("[profiles.\(profile.name)]")
            lines.append("cloud = \(Self.quoted(profile.cloud.rawValue))")
            lines.append("tenant = \(Self.quoted(profile.tenant))")
            lines.append("clientId = \(Self.quoted(profile.clientID))")
            lines.append("auth = \(Self.quoted(profile.authMode.rawValue))")
            if let source = profile.secretSource { lines.append("secret = \(Self.quoted(source.description))") }
            if let endpoint = profile.endpoint { lines.append("endpoint = \(Self.quoted(endpoint.absoluteString))") }
            if let authority = profile.authority { lines.append("authority = \(Self.quoted(authority.absoluteString))") }
            if let url = profile.partnerAPIEndpoint { lines.append("partnerApiEndpoint = \(Self.quoted(url.absoluteString))") }
            if let url = profile.graphEndpoint { lines.append("graphEndpoint = \(Self.quoted(url.absoluteString))") }
            if profile.isReadOnly { lines.append("readOnly = true") }
            if let theme = profile.theme { lines.append("theme = \(Self.quoted(theme))") }
            if profile.allowsInsecureHTTP { lines.append("allowInsecureHTTP = true") }
            if let ledger = profile.ledger { lines.append("ledger = \(Self.quoted(ledger))") }
            if let source = profile.ledgerPassword { lines.append("ledgerPassword = \(Self.quoted(source.description))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string; TOMLKit does the escaping.
    private static func quoted(_ text: String) -> String {
        let table = TOMLTable()
        table["v"] = text
        let rendered = table.convert(to: .toml, options: [.allowUnicodeStrings])
        return rendered.split(separator: "=", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "\"\""
    }
}
