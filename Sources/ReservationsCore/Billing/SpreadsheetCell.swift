/// Keeps CSV cells from being read as formulas when a spreadsheet opens the file (CSV injection): a text cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, as OWASP's guidance on
/// CSV injection recommends. Server strings such as a customer named `=HYPERLINK(…)` reach exports unchanged
/// otherwise. Numbers (`-12.50`, `-1,234.56`) stay numbers.
public enum SpreadsheetCell {
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        if Double(text.replacingOccurrences(of: ",", with: "")) != nil { return text }
        return "'" + text
    }
}
