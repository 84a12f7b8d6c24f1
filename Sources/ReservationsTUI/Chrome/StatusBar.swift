import TerminalUI
import ScreenKit

/// The line above the footer: the latest message, or the command line while it is open.
enum StatusBar {
    static func render(_ state: AppState, frame: Rect, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        if case .commandLine(let field)? = state.overlay {
            field.render(prompt: ":", frame: frame, isFocused: true, role: .filter, into: &canvas)
            return
        }
        let role: StyleRole =
            switch state.status {
            case .none, .info: .statusInfo
            case .success: .statusSuccess
            case .warning: .statusWarning
            case .error: .statusError
            }
        if let text = state.status.text {
            canvas.writeTruncated(" " + text, at: frame.origin, width: frame.width, role: role, ellipsis: glyphs.ellipsis)
        }
    }
}
