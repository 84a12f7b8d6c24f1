import Foundation
import PartnerCenter

/// Where a profile's client secret comes from: `env:VARNAME` or `file:PATH`, never the secret itself, so
/// profiles.toml holds nothing worth stealing.
public enum SecretSource: Sendable, Hashable, CustomStringConvertible {
    case environment(variable: String)
    case file(path: String)

    /// Reads `env:NAME` or `file:PATH`; nil for anything else.
    public init?(text: String) {
        if text.hasPrefix("env:") {
            let name = String(text.dropFirst(4))
            guard !name.isEmpty, name.allSatisfy({ $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            self = .environment(variable: name)
        } else if text.hasPrefix("file:") {
            let path = String(text.dropFirst(5))
            guard !path.isEmpty else { return nil }
            self = .file(path: path)
        } else {
            return nil
        }
    }

    /// The spelling used in profiles.toml.
    public var description: String {
        switch self {
        case .environment(let variable): "env:\(variable)"
        case .file(let path): "file:\(path)"
        }
    }

    /// Reads the secret.
    /// - Throws: ``ProfileError`` when the variable is unset or empty, or the file is missing, empty, not a
    ///   regular file, or readable by group or other users (it must be `chmod 600`).
    ///   - what: what the secret is, for the error (`client secret`, `ledger password`).
    public func resolve(environment: [String: String], profileName: String, what: String = "client secret") throws -> Secret {
        switch self {
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                throw ProfileError(message: "profile \"\(profileName)\" reads its \(what) from $\(variable), which is not set")
            }
            return Secret(value)
        case .file(let path):
            return try Self.readSecretFile(path: UserPath.expand(path, environment: environment), profileName: profileName)
        }
    }

    private static func readSecretFile(path: String, profileName: String) throws -> Secret {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ProfileError(message: "profile \"\(profileName)\": cannot read the secret file \(path): \(String(cString: strerror(errno)))")
        }
        let mode = UInt32(info.st_mode)
        guard mode & UInt32(S_IFMT) == UInt32(S_IFREG) else {
            throw ProfileError(message: "profile \"\(profileName)\": the secret file \(path) is not a regular file")
        }
        guard mode & 0o077 == 0 else {
            throw ProfileError(message: String(
                format: "profile \"%@\": the secret file %@ can be read by other users (mode %03o); refused until you run chmod 600 %@",
                profileName, path, mode & 0o777, path))
        }
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
        else {
            throw ProfileError(message: "profile \"\(profileName)\": the secret file \(path) is empty or unreadable")
        }
        return Secret(text)
    }
}
