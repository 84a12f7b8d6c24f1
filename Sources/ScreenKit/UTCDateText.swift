import Foundation

/// Dates as every screen shows them, in UTC so every operator reads the same time.
public enum UTCDateText {
    /// `2026-11-25 14:03`.
    public static func minute(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
                      parts.minute ?? 0)
    }

    /// `2026-11-25`.
    public static func day(_ date: Date) -> String { String(minute(date).prefix(10)) }
}
