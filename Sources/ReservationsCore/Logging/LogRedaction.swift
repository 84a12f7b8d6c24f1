import Foundation

/// Removes anything that looks like a credential from text bound for a log.
public enum LogRedaction {
    /// Patterns for bearer tokens, JWTs and `secret=`/`token=` pairs.
    private static let patterns: [String] = [
        #"(?i)bearer\s+[A-Za-z0-9\-\._~\+/]+=*"#,
        #"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"#,
        #"(?i)(client_secret|refresh_token|access_token|password|secret)(["']?\s*[=:]\s*["']?)[^\s&"',}]+"#,
        #"sbx\.[0-9a-f]{16,}"#,
    ]

    /// The text with credentials replaced by `[redacted]`.
    public static func redact(_ text: String) -> String {
        var result = text
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(result.startIndex..., in: result)
            let template = pattern.contains("(client_secret") ? "$1$2[redacted]" : "[redacted]"
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }
}
