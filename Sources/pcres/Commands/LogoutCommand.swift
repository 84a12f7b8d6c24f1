import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres logout`: forgets the profile's saved user sign-in.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Forget the saved user sign-in of a profile (its refresh token).",
        discussion: "Examples:\n  pcres logout\n  pcres logout --profile contoso-user")

    @OptionGroup var profileOption: ProfileOption
    @Option(help: "Output format of errors: table (default), json or csv.") var output: OutputFormat = .table

    func run() async throws {
        let paths = AppPaths()
        do {
            let plan = try BackendSession.plan(
                profileName: profileOption.name, paths: paths, environment: ProcessInfo.processInfo.environment)
            let key = TokenCacheKey(cloud: plan.cloud, tenant: plan.tenant, clientID: plan.clientID)
            let cache = FileTokenCache(url: paths.tokenCache)
            let hadSignIn = try await cache.entry(for: key) != nil
            if hadSignIn { try await cache.store(nil, for: key) }
            print(hadSignIn ? "Signed out of profile \(plan.profile.name)." : "Profile \(plan.profile.name) had no saved sign-in.")
        } catch {
            let failure = LoginCommand.failure(for: error)
            OutputPrinter(format: output).report(failure)
            throw failure.code.exitCode
        }
    }
}
