import ArgumentParser
import Foundation
import ReservationsCore

/// `pcres profile add|list|use|remove`: the profiles in `$XDG_CONFIG_HOME/pcres/profiles.toml`.
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Add, list, choose or remove Partner Center profiles.",
        discussion: """
            Profiles live in $XDG_CONFIG_HOME/pcres/profiles.toml, which you may also edit by hand (mistakes are \
            reported with their line). The built-in profile "sandbox" needs no file. A profile never holds a \
            secret, only where to find it: --secret-env VARIABLE or --secret-file PATH (mode 0600).

            Examples:
              pcres profile add contoso --tenant contoso.onmicrosoft.com --client-id $APP_ID --secret-env CONTOSO_SECRET
              pcres profile add gov --cloud usgov --tenant $TENANT --client-id $APP_ID --auth user
              pcres profile use contoso
              pcres profile list --output json
            """,
        subcommands: [Add.self, List.self, Use.self, Remove.self])

    /// Loads, changes and saves the profiles file, reporting mistakes as one line with exit code 2.
    static func edit(output: OutputFormat, _ change: (inout ProfileSet) throws -> String) throws {
        let store = ProfileStore(paths: AppPaths())
        do {
            var set = try store.load()
            let message = try change(&set)
            try store.save(set)
            print(message)
        } catch let error as ProfileError {
            let failure = CLIFailure(.usage, error.description, reason: "configuration")
            OutputPrinter(format: output).report(failure)
            throw failure.code.exitCode
        }
    }

    /// `pcres profile add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a profile, or replace one with the same name.",
            discussion: """
                Examples:
                  pcres profile add contoso --tenant contoso.onmicrosoft.com --client-id 11111111-2222-3333-4444-555555555555 \\
                      --secret-env CONTOSO_SECRET --read-only
                  pcres profile add me --tenant contoso.onmicrosoft.com --client-id $APP_ID --auth user   # then: pcres login
                """)

        @Argument(help: "The profile's name: letters, digits, - and _.") var name: String
        @Option(help: "The partner tenant: ID or domain.") var tenant: String
        @Option(name: .customLong("client-id"), help: "The app registration's application (client) ID.") var clientID: String
        @Option(help: "The cloud: global or usgov.") var cloud: ProfileCloud = .global
        @Option(help: "How to sign in: app (client secret) or user (pcres login, device code).") var auth: ProfileAuthMode = .app
        @Option(name: .customLong("secret-env"), help: ArgumentHelp("Read the client secret from this environment variable.", valueName: "variable"))
        var secretVariable: String?
        @Option(name: .customLong("secret-file"), help: ArgumentHelp("Read the client secret from this file (mode 0600).", valueName: "path"))
        var secretFile: String?
        @Option(help: "Override the cloud's REST endpoint (http(s) URL).") var endpoint: String?
        @Option(help: "Override the cloud's sign-in authority (http(s) URL).") var authority: String?
        @Flag(help: "Refuse registrations and purchases whenever this profile is used.") var readOnly = false
        @Flag(help: "Allow a plain-http endpoint or authority on a host other than this machine (secrets travel in clear).")
        var allowInsecureHTTP = false
        @Option(help: "The interface's theme for this profile.") var theme: String?
        @Option(help: "Output format of errors: table (default), json or csv.") var output: OutputFormat = .table

        func validate() throws {
            guard Profile.isValidName(name) else { throw ValidationError("the profile name may hold only letters, digits, - and _.") }
            guard name != Profile.sandboxName else { throw ValidationError("\"sandbox\" is the built-in profile; choose another name.") }
            guard secretVariable == nil || secretFile == nil else {
                throw ValidationError("give --secret-env or --secret-file, not both.")
            }
            if auth == .app, secretVariable == nil, secretFile == nil {
                throw ValidationError("--auth app needs --secret-env VARIABLE or --secret-file PATH.")
            }
            if let secretVariable, SecretSource(text: "env:\(secretVariable)") == nil {
                throw ValidationError("--secret-env must be a variable name (letters, digits, _).")
            }
            for (option, value) in [("--endpoint", endpoint), ("--authority", authority)] {
                guard let value else { continue }
                guard let url = URL(string: value), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                    throw ValidationError("\(option) must be an http(s) URL.")
                }
                guard allowInsecureHTTP || ConnectionPlan.isProtected(url) else {
                    throw ValidationError(
                        "\(option) \(value) is plain http to another host: the secret and tokens would travel in clear text. Use https, or add --allow-insecure-http.")
                }
            }
        }

        func run() async throws {
            let source: SecretSource? = secretVariable.map { .environment(variable: $0) }
                ?? secretFile.map { .file(path: URL(fileURLWithPath: UserPath.expand($0)).path) }
            var profile = Profile(
                name: name, cloud: cloud, tenant: tenant, clientID: clientID, authMode: auth, secretSource: source,
                endpoint: endpoint.flatMap(URL.init(string:)), authority: authority.flatMap(URL.init(string:)),
                isReadOnly: readOnly, theme: theme)
            profile.allowsInsecureHTTP = allowInsecureHTTP
            try ProfileCommand.edit(output: output) { set in
                // A secret file others can read is refused now, not at the first sign-in.
                if case .file = source { _ = try source?.resolve(environment: [:], profileName: name) }
                let replaced = set.profiles[name] != nil
                set.profiles[name] = profile
                return "\(replaced ? "Replaced" : "Added") profile \(name). Use it with --profile \(name) or: pcres profile use \(name)"
            }
        }
    }

    /// `pcres profile list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the profiles; * marks the current one.",
            discussion: "Examples:\n  pcres profile list\n  pcres profile list --output json | jq -r '.[] | select(.current) | .name'")

        @Option(help: "Output format: table (default), json or csv.") var output: OutputFormat = .table

        /// The JSON shape of one profile (never a secret, only its source).
        struct Entry: Encodable {
            var name: String
            var current: Bool
            var builtIn: Bool
            var cloud: String
            var tenant: String
            var clientId: String
            var auth: String
            var secret: String?
            var endpoint: String?
            var authority: String?
            var readOnly: Bool
            var theme: String?
        }

        func run() async throws {
            let printer = OutputPrinter(format: output)
            let set: ProfileSet
            do {
                set = try ProfileStore(paths: AppPaths()).load()
            } catch let error as ProfileError {
                let failure = CLIFailure(.usage, error.description, reason: "configuration")
                printer.report(failure)
                throw failure.code.exitCode
            }
            let currentName = set.current ?? Profile.sandboxName
            let entries = set.all.map { profile in
                Entry(
                    name: profile.name, current: profile.name == currentName, builtIn: profile.isBuiltInSandbox,
                    cloud: profile.cloud.rawValue, tenant: profile.tenant, clientId: profile.clientID, auth: profile.authMode.rawValue,
                    secret: profile.secretSource?.description, endpoint: profile.endpoint?.absoluteString,
                    authority: profile.authority?.absoluteString, readOnly: profile.isReadOnly, theme: profile.theme)
            }
            let listing = try Listing(
                json: entries,
                columns: [.init(""), .init("Name"), .init("Cloud"), .init("Tenant"), .init("Auth"), .init("Secret"),
                          .init("Read-only"), .init("Endpoint")],
                rows: entries.map {
                    [$0.current ? "*" : "", $0.name, $0.builtIn ? "sandbox" : $0.cloud, $0.tenant, $0.auth, $0.secret ?? "",
                     $0.readOnly ? "yes" : "", $0.builtIn ? "in-process" : ($0.endpoint ?? "default")]
                },
                note: "\(entries.count) profile\(entries.count == 1 ? "" : "s"); current: \(currentName)")
            try printer.print(listing)
        }
    }

    /// `pcres profile use`.
    struct Use: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a profile the current one (used when --profile is not given).",
            discussion: "Examples:\n  pcres profile use contoso\n  pcres profile use sandbox    back to the built-in sandbox")

        @Argument(help: "The profile's name.") var name: String
        @Option(help: "Output format of errors: table (default), json or csv.") var output: OutputFormat = .table

        func run() async throws {
            try ProfileCommand.edit(output: output) { set in
                _ = try set.profile(named: name)
                set.current = name == Profile.sandboxName ? nil : name
                return "Current profile: \(name)"
            }
        }
    }

    /// `pcres profile remove`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a profile (its saved sign-in stays until pcres logout).",
            discussion: "Example:\n  pcres logout --profile contoso && pcres profile remove contoso")

        @Argument(help: "The profile's name.") var name: String
        @Option(help: "Output format of errors: table (default), json or csv.") var output: OutputFormat = .table

        func run() async throws {
            try ProfileCommand.edit(output: output) { set in
                guard name != Profile.sandboxName else { throw ProfileError(message: "the built-in sandbox profile cannot be removed") }
                guard set.profiles.removeValue(forKey: name) != nil else { _ = try set.profile(named: name); return "" }
                if set.current == name { set.current = nil }
                return "Removed profile \(name)."
            }
        }
    }
}
