import Foundation
import ReservationsCore
import ReservationsTUI
import TerminalUI
import TestSupport
import Testing
@testable import ScreenKit

/// The header says where the money goes: SANDBOX only for a sandbox, LIVE for Microsoft, and the endpoint's host
/// when an override is in force. Re-record with RECORD_SNAPSHOTS=1 and review the diff.
struct HeaderSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30)]

    static func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// Partner Center itself, from a profile with nothing overridden.
    static var live: AppEnvironment {
        var environment = AppEnvironment(profileName: "contoso-prod", serverKind: .microsoft)
        environment.endpointHost = "api.partnercenter.microsoft.com"
        environment.tenant = "contoso.onmicrosoft.com"
        return environment
    }

    /// The sandbox profile pointed by PCRES_ENDPOINT at a `pcres sandbox serve` that said it is the sandbox.
    static var sandboxOverride: AppEnvironment {
        var environment = AppEnvironment(profileName: "sandbox", serverKind: .sandbox)
        environment.endpointHost = "127.0.0.1:41234"
        environment.overrides = ["PCRES_ENDPOINT", "PCRES_CLIENT_ID"]
        return environment
    }

    /// A live profile whose tenant comes from PCRES_TENANT.
    static var liveOverride: AppEnvironment {
        var environment = live
        environment.overrides = ["PCRES_TENANT"]
        environment.tenant = "fabrikam.onmicrosoft.com"
        return environment
    }

    static func state(_ environment: AppEnvironment, size: Size) -> AppState {
        var state = Fixtures.loadedState(size: size)
        state.environment = environment
        return state
    }

    @Test("the built-in sandbox: SANDBOX, the profile, no host (as before)", arguments: sizes)
    func builtIn(size: Size) throws {
        try assertSnapshot(AppView.render(Self.state(AppEnvironment(), size: size)).plainText(), named: Self.name("sandbox", size))
    }

    @Test("Partner Center without overrides: LIVE and the profile", arguments: sizes)
    func liveHeader(size: Size) throws {
        try assertSnapshot(AppView.render(Self.state(Self.live, size: size)).plainText(), named: Self.name("live", size))
    }

    @Test("PCRES_ENDPOINT at a server that said it is the sandbox: SANDBOX and profile @ host", arguments: sizes)
    func sandboxOverrideHeader(size: Size) throws {
        try assertSnapshot(
            AppView.render(Self.state(Self.sandboxOverride, size: size)).plainText(), named: Self.name("sandbox-override", size))
    }

    @Test("an override on a live profile: LIVE and profile @ host", arguments: sizes)
    func liveOverrideHeader(size: Size) throws {
        try assertSnapshot(AppView.render(Self.state(Self.liveOverride, size: size)).plainText(), named: Self.name("live-override", size))
    }

    @Test("badges are painted with their own roles; a server that is neither gets no badge but its host")
    func roles() throws {
        let size = Size(width: 100, height: 30)
        func header(_ environment: AppEnvironment) -> (text: String, grid: CellGrid) {
            let grid = AppView.render(Self.state(environment, size: size))
            return (String(grid.plainText().split(separator: "\n")[0]), grid)
        }
        func role(_ word: String, in found: (text: String, grid: CellGrid)) throws -> StyleRole? {
            let range = try #require(found.text.range(of: word))
            return found.grid[Point(x: found.text.distance(from: found.text.startIndex, to: range.lowerBound), y: 0)].role
        }
        let live = header(Self.live)
        #expect(try role("LIVE", in: live) == .badgeLive)
        #expect(!live.text.contains("SANDBOX") && !live.text.contains("@"))
        #expect(try role("SANDBOX", in: header(Self.sandboxOverride)) == .badgeSandbox)

        var other = AppEnvironment(profileName: "prod", serverKind: .other)
        other.endpointHost = "pc-proxy.contoso.example"
        let plain = header(other)
        #expect(!plain.text.contains("SANDBOX") && !plain.text.contains("LIVE"))
        #expect(plain.text.contains("profile prod @ pc-proxy.contoso.example"))
    }
}

/// Without colour, badges still stand apart from the rest of the header.
struct MonochromeBadgeTests {
    @Test("with NO_COLOR the SANDBOX and READ-ONLY badges are bold in brackets, apart from the profile text", arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func bracketedBadges(size: Size) throws {
        var environment = AppEnvironment(profileName: "sandbox", serverKind: .builtInSandbox, isReadOnly: true)
        environment.usesColor = false
        let grid = AppView.render(HeaderSnapshotTests.state(environment, size: size))
        let header = String(grid.plainText().split(separator: "\n")[0])
        #expect(header.hasPrefix(" pcres [SANDBOX] [READ-ONLY]  profile sandbox"), "\(header)")
        for word in ["[SANDBOX]", "[READ-ONLY]"] {
            let start = header.distance(from: header.startIndex, to: try #require(header.range(of: word)).lowerBound)
            #expect(grid[Point(x: start, y: 0)].role == .badgeSandbox, "\(word) is drawn bold (mono's badge style)")
        }
        let profileStart = header.distance(from: header.startIndex, to: try #require(header.range(of: "profile")).lowerBound)
        #expect(grid[Point(x: profileStart, y: 0)].role == .headerBar)
        environment.usesColor = true
        let coloured = String(AppView.render(HeaderSnapshotTests.state(environment, size: size)).plainText().split(separator: "\n")[0])
        #expect(coloured.hasPrefix(" pcres  SANDBOX   READ-ONLY "), "colour keeps the padded badges: \(coloured)")
    }
}

/// Plain http to another host, allowed by the profile, is never silent.
struct InsecureBadgeTests {
    @Test("an allowed plain-http endpoint puts INSECURE in the header, beside the host")
    func insecureBadge() {
        var environment = AppEnvironment(profileName: "lab", serverKind: .other)
        environment.endpointHost = "10.0.0.5:8080"
        environment.isInsecure = true
        let header = AppView.render(HeaderSnapshotTests.state(environment, size: Size(width: 100, height: 30))).plainText()
            .split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains(" INSECURE "), "\(header)")
        #expect(header.contains("profile lab @ 10.0.0.5:8080"), "\(header)")
        environment.isInsecure = false
        let plain = AppView.render(HeaderSnapshotTests.state(environment, size: Size(width: 100, height: 30))).plainText()
        #expect(!plain.contains("INSECURE"))
    }
}
