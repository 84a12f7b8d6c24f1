import TerminalUI
import CustomersFeature
import SubscriptionsFeature
import CartFeature
import BillingFeature
import ScreenKit

/// Renders the whole screen from the state. Pure: the same state always gives the same grid.
public enum AppView {
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(size: state.size)
        render(state, into: &grid)
        return grid
    }

    public static func render(_ state: AppState, into canvas: inout some Canvas) {
        let glyphs: Glyphs = state.environment.isASCII ? .ascii : .unicode
        let layout = AppLayout.frames(for: state.size)
        if layout.isTooSmall {
            renderTooSmall(state.size, into: &canvas)
            return
        }
        HeaderBar.render(state, frame: layout.header, glyphs: glyphs, into: &canvas)
        let screen = state.focus.screen
        if screen.takesBody {
            screen.render(state, frame: layout.catalog, glyphs: glyphs, into: &canvas)
        } else {
            CustomersPane.render(state, frame: layout.customers, isFocused: state.focus == .customers, glyphs: glyphs, into: &canvas)
            SubscriptionsPane.render(
                state, frame: layout.subscriptions, isFocused: state.focus == .subscriptions, glyphs: glyphs, into: &canvas)
        }
        StatusBar.render(state, frame: layout.status, glyphs: glyphs, into: &canvas)
        canvas.fill(layout.footer, role: .text)
        Footer.render(hints: Keymap.footerHints(for: state), frame: layout.footer, into: &canvas)
        switch state.overlay {
        case .help(let help)?:
            let body = Rect(x: 0, y: layout.header.maxY, width: state.size.width, height: layout.status.y - layout.header.maxY)
            HelpOverlay.render(help, ascii: state.environment.isASCII, readOnly: state.environment.isReadOnly,
                               frame: body, glyphs: glyphs, into: &canvas)
        case .cartForm(let form)?:
            CartLineFormView.render(form, frame: layout.catalog, glyphs: glyphs, into: &canvas)
        case .checkout(let flow)?:
            CheckoutView.render(flow, environment: state.environment, frame: layout.catalog, glyphs: glyphs, into: &canvas)
        case .unfinished(let found, let focused)?:
            UnfinishedView.render(
                found, focusedButton: focused, isReadOnly: state.environment.isReadOnly,
                customerName: { CartReducer.customerName($0, state) }, frame: layout.catalog, glyphs: glyphs,
                into: &canvas)
        case .export(let prompt)?:
            (prompt.isConfirmingOverwrite ? TextField() : prompt.field).render(prompt: prompt.label, frame: layout.status, into: &canvas)
        case .commandLine?, nil:
            break
        }
    }

    static func renderTooSmall(_ size: Size, into canvas: inout some Canvas) {
        let minimum = AppLayout.minimumSize
        let lines = ["Terminal too small", "\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)", "q quits"]
        for (offset, line) in lines.enumerated() where offset < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            let y = max(0, size.height / 2 - 1) + offset
            canvas.write(line, at: Point(x: x, y: y), role: offset == 0 ? .statusWarning : .text, maxWidth: size.width - x)
        }
    }
}
