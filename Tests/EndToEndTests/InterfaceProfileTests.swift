import Foundation
import Testing

/// The interface on a profile: the header names it, and the profile's read-only setting and theme apply.
@Suite(.serialized)
struct InterfaceProfileTests {
    /// Whether any SGR sequence in a screen captured with escapes sets a colour (30–38, 40–48, 90–97, 100–107).
    private func hasColours(_ screen: String) -> Bool {
        screen.matches(of: /\e\[([0-9;]*)m/).contains { match in
            match.1.split(separator: ";").compactMap { Int($0) }.contains {
                (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0)
            }
        }
    }

    @Test("--profile: the header shows the profile, its read-only badge, and its mono theme (no colours)")
    func profileInHeader() throws {
        let cli = try CLIProcess()
        let (server, url) = try BackgroundCLI.servedSandbox(cli)
        defer { server.stop() }
        for (name, extra) in [("team", ["--read-only", "--theme", "mono"]), ("plain", [])] {
            #expect(try cli.run([
                "profile", "add", name, "--tenant", "sandbox", "--client-id", "pcres-sandbox", "--secret-env", "TEAM_SECRET",
                "--endpoint", url.absoluteString, "--authority", url.absoluteString,
            ] + extra).status == 0)
        }
        let environment = [
            "TEAM_SECRET": "sandbox-secret", "XDG_CONFIG_HOME": cli.home.appendingPathComponent("config").path,
        ]
        let team = try TmuxSession(width: 100, height: 30, arguments: "--profile team", environment: environment)
        let screen = try team.waitFor("customers loaded", timeout: 30)
        let header = try #require(screen.split(separator: "\n").first)
        #expect(header.contains("profile team") && header.contains("READ-ONLY"), "\(header)")
        // The served sandbox says so in every answer, and its host is named as it is not Microsoft's.
        #expect(header.contains("SANDBOX") && header.contains("@ \(url.host ?? ""):\(url.port ?? 0)"), "\(header)")
        let teamColours = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", team.name])
        #expect(!hasColours(teamColours), "the profile's mono theme has no colours")
        try team.press("q")
        try team.waitFor("EXIT=0")

        let plain = try TmuxSession(width: 100, height: 30, arguments: "--profile plain", environment: environment)
        let plainScreen = try plain.waitFor("customers loaded", timeout: 30)
        let plainHeader = try #require(plainScreen.split(separator: "\n").first)
        #expect(plainHeader.contains("profile plain") && !plainHeader.contains("READ-ONLY"), "\(plainHeader)")
        let plainColours = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", plain.name])
        #expect(hasColours(plainColours), "the default theme has colours, so the check above can fail")
        try plain.press("q")
        try plain.waitFor("EXIT=0")
    }
}
