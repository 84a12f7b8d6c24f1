import Foundation

/// Whether a host is this machine: `localhost`, 127.0.0.0/8 or ::1 (with or without brackets). The one rule for
/// plain http being allowed, a sign-in link being safe, a proxy being skipped and a ledger needing no TLS.
public enum LoopbackHost {
    public static func contains(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }
}
