import Foundation

/// Days between two moments as the calendar counts them, in UTC as Partner Center's dates are: a 1-year
/// reservation bought today shows 365, not the 364 whole 24-hour periods left before its midnight expiry.
public enum CalendarDays {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// UTC calendar days from `now` to `date` (negative when `date` is in the past, 0 on the same UTC day).
    public static func from(_ now: Date, to date: Date) -> Int {
        utc.dateComponents([.day], from: utc.startOfDay(for: now), to: utc.startOfDay(for: date)).day ?? 0
    }
}
