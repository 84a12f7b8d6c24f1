// MARK: - Built-in themes
//
// These mirror `themes/default.toml` and `themes/mono.toml`; a test loads both files and requires them to be
// equal to these values, so the program works without the files and the files stay the documentation.

extension Theme {
    /// Colours on the terminal's default background; safe on dark and light terminals with 8 colours.
    public static let `default` = Theme(name: "default", styles: [
        .text: Style(),
        .dim: Style(foreground: .named(.brightBlack)),
        .border: Style(foreground: .named(.brightBlack)),
        .borderFocused: Style(foreground: .named(.cyan), attributes: [.bold]),
        .title: Style(attributes: [.bold]),
        .titleFocused: Style(foreground: .named(.cyan), attributes: [.bold]),
        .header: Style(foreground: .named(.yellow), attributes: [.bold]),
        .selection: Style(foreground: .named(.black), background: .named(.cyan)),
        .selectionUnfocused: Style(foreground: .named(.black), background: .named(.white)),
        .footerKey: Style(foreground: .named(.cyan), attributes: [.bold]),
        .footerLabel: Style(),
        .statusInfo: Style(foreground: .named(.cyan)),
        .statusError: Style(foreground: .named(.red), attributes: [.bold]),
        .statusSuccess: Style(foreground: .named(.green), attributes: [.bold]),
        .statusWarning: Style(foreground: .named(.yellow), attributes: [.bold]),
        .danger: Style(foreground: .named(.red), attributes: [.bold]),
        .badgeSandbox: Style(foreground: .named(.black), background: .named(.yellow), attributes: [.bold]),
        .badgeLive: Style(foreground: .named(.white), background: .named(.red), attributes: [.bold]),
        .badgeMarket: Style(foreground: .named(.magenta)),
        .price: Style(foreground: .named(.green)),
        .filter: Style(foreground: .named(.yellow)),
        .headerBar: Style(foreground: .named(.white), background: .named(.blue)),
        .modalBorder: Style(foreground: .named(.yellow), attributes: [.bold]),
        .modalTitle: Style(foreground: .named(.yellow), attributes: [.bold]),
        .button: Style(),
        .buttonFocused: Style(foreground: .named(.black), background: .named(.cyan), attributes: [.bold]),
        .chart: Style(foreground: .named(.cyan)),
        .cursor: Style(attributes: [.reverse]),
    ])

    /// Attributes only, no colours: picked with `NO_COLOR`, `--no-color` or a terminal without colours.
    /// Meaning never depends on colour here: selection is reverse video, errors are bold and underlined.
    public static let mono = Theme(name: "mono", styles: [
        .text: Style(),
        .dim: Style(attributes: [.dim]),
        .border: Style(),
        .borderFocused: Style(attributes: [.bold]),
        .title: Style(),
        .titleFocused: Style(attributes: [.bold]),
        .header: Style(attributes: [.bold]),
        .selection: Style(attributes: [.reverse]),
        .selectionUnfocused: Style(attributes: [.underline]),
        .footerKey: Style(attributes: [.bold]),
        .footerLabel: Style(),
        .statusInfo: Style(),
        .statusError: Style(attributes: [.bold, .underline]),
        .statusSuccess: Style(attributes: [.bold]),
        .statusWarning: Style(attributes: [.bold]),
        .danger: Style(attributes: [.bold, .underline]),
        // The header bar is reversed, so a reversed badge would vanish into it: badges are normal video, bold,
        // and LIVE is underlined as well, so neither depends on colour or on its word alone.
        .badgeSandbox: Style(attributes: [.bold]),
        .badgeLive: Style(attributes: [.bold, .underline]),
        .badgeMarket: Style(attributes: [.underline]),
        .price: Style(attributes: [.bold]),
        .filter: Style(attributes: [.underline]),
        .headerBar: Style(attributes: [.reverse]),
        .modalBorder: Style(attributes: [.bold]),
        .modalTitle: Style(attributes: [.bold]),
        .button: Style(),
        .buttonFocused: Style(attributes: [.reverse, .bold]),
        .chart: Style(),
        .cursor: Style(attributes: [.reverse]),
    ])

    /// The themes compiled into the program, by name.
    public static let builtIn: [String: Theme] = ["default": .default, "mono": .mono]
}
