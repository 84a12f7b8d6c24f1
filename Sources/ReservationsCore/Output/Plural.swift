/// A count with its noun in the right number: "1 line", "2 lines", "0 lines" — never "line(s)".
///
/// ```swift
/// Plural.count(1, "customer")                      // "1 customer"
/// Plural.count(3, "match", plural: "matches")      // "3 matches"
/// ```
public enum Plural {
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(noun(count, singular, plural: plural))"
    }

    /// The noun alone, for phrases where the number is written apart ("1 of 3 lines").
    public static func noun(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
