import ArgumentParser

/// The options every scriptable subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (default), json or csv.")
    var output: OutputFormat = .table

    @Flag(help: "Refuse registrations and purchases, with the reason (exit code 4). A profile can set it too.")
    var readOnly = false

    @OptionGroup var profileOption: ProfileOption
}
