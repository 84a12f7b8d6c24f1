import ArgumentParser

/// `--profile NAME`, taken by the interface and every command that talks to Partner Center.
struct ProfileOption: ParsableArguments {
    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("The profile from profiles.toml to use (default: the current one, else the built-in sandbox).",
                           valueName: "name"))
    var name: String?
}
