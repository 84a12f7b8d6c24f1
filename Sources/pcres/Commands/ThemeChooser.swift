import Foundation
import ReservationsCore
import TerminalUI

/// Finds the theme to use: `--theme`, else `mono` under NO_COLOR/--no-color, else `default`.
/// Themes are looked up in `$XDG_CONFIG_HOME/pcres/themes`, `$PCRES_THEMES`, the `themes` folder of
/// the source tree the binary was built in, and `./themes`; the built-in default and mono need no file.
struct ThemeChooser {
    let catalog: ThemeCatalog

    init(paths: AppPaths, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var directories = [paths.config.appendingPathComponent("themes", isDirectory: true)]
        if let custom = environment["PCRES_THEMES"], !custom.isEmpty { directories.append(URL(fileURLWithPath: custom)) }
        // .build/<config>/pcres → the package root's themes/.
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        directories.append(executable.deletingLastPathComponent().appendingPathComponent("../../themes").standardizedFileURL)
        directories.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        catalog = ThemeCatalog(directories: directories)
    }

    /// - Throws: `ThemeError` with the file and line when the theme file has mistakes, or an unknown name.
    func theme(named name: String?, noColor: Bool) throws -> Theme {
        let wanted = name ?? (noColor ? "mono" : "default")
        let theme: Theme
        if catalog.url(forTheme: wanted) != nil {
            theme = try catalog.load(named: wanted)
        } else if wanted == "default" {
            theme = .default
        } else if wanted == "mono" {
            theme = .mono
        } else {
            let known = Set(catalog.availableThemeNames() + ["default", "mono"]).sorted().joined(separator: ", ")
            throw ThemeChoiceError(message: "No theme named \"\(wanted)\". Available: \(known).")
        }
        // NO_COLOR wins over a coloured theme: keep its attributes, drop its colours.
        return noColor ? Theme(name: theme.name, styles: theme.styles.mapValues(\.withoutColors)) : theme
    }
}

/// An unknown theme name.
struct ThemeChoiceError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
