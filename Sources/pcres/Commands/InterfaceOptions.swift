import ArgumentParser

/// How the full-screen interface looks.
struct InterfaceOptions: ParsableArguments {
    @Option(help: "Theme name from the themes folder (default, light, high-contrast, mono); overrides the profile's theme.")
    var theme: String?

    @Flag(help: "No colours: attributes only (the mono theme). NO_COLOR in the environment does the same.")
    var noColor = false

    @Flag(help: "ASCII lines and markers instead of box drawing (automatic in a non-UTF-8 locale).")
    var ascii = false

    @Flag(help: "Refuse purchases and registrations, with the reason. A profile can set it too.")
    var readOnly = false

    @OptionGroup var profileOption: ProfileOption
}
