import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres login`: signs the current profile's user in by device code and saves the refresh token.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in as a user (device code) for a profile with auth = user, and keep the sign-in.",
        discussion: """
            Prints a code and a URL on stderr; open the URL in any browser (on any device), enter the code and \
            approve. pcres waits until you do (Ctrl-C stops it), then saves the refresh token in \
            $XDG_DATA_HOME/pcres/tokens.json (mode 0600). Later commands with this profile use it; pcres logout \
            forgets it.

            Examples:
              pcres login --profile contoso-user
              pcres login && pcres customers list
            """)

    @OptionGroup var profileOption: ProfileOption
    @Option(help: "Output format of errors: table (default), json or csv.") var output: OutputFormat = .table

    func run() async throws {
        let printer = OutputPrinter(format: output)
        let paths = AppPaths()
        do {
            let plan = try BackendSession.plan(
                profileName: profileOption.name, paths: paths, environment: ProcessInfo.processInfo.environment)
            guard case .user(let secret) = plan.credentials else {
                throw CLIFailure(
                    .usage, "profile \(plan.profile.name) signs in as an app (client secret); login is for profiles with auth = user",
                    reason: "configuration")
            }
            let logger = try BackendSession.makeLogger(paths: paths)
            let transport = AsyncHTTPClientTransport.shared
            let signIn = DeviceCodeSignIn(
                cloud: plan.cloud, tenant: plan.tenant, clientID: plan.clientID, clientSecret: secret, transport: transport)
            let tokens = try await signIn.signIn { prompt in
                // Checked by the sign-in (letters, digits, '-'; an https link) and sanitised like every server string.
                let text = "To sign in to profile \(plan.profile.name), open \(TerminalText.sanitize(prompt.verificationURL.absoluteString)) "
                    + "and enter the code \(TerminalText.sanitize(prompt.userCode))\nWaiting for approval (Ctrl-C to stop)…\n"
                FileHandle.standardError.write(Data(text.utf8))
            }
            let provider = RefreshTokenProvider(
                cloud: plan.cloud, tenant: plan.tenant, clientID: plan.clientID, clientSecret: secret, endpoint: .userV2,
                cache: FileTokenCache(url: paths.tokenCache), transport: transport)
            try await provider.adopt(tokens)
            logger.info("signed in", metadata: ["profile": .string(plan.profile.name), "tenant": .string(plan.tenant)])
            print("Signed in to profile \(plan.profile.name) (tenant \(plan.tenant)).")
        } catch {
            let failure = Self.failure(for: error)
            printer.report(failure)
            throw failure.code.exitCode
        }
    }

    /// Maps what can go wrong while signing in or out to the CLI's failure and exit code.
    static func failure(for error: any Error) -> CLIFailure {
        switch error {
        case let error as BackendSession.OpenError: CLIFailure.opening(error)
        case let error as TokenCacheError: CLIFailure(.failure, "\(error)", reason: "tokenCache")
        default: CLIFailure.from(error)
        }
    }
}
