import TerminalUI

/// Where everything goes on a screen of a given size. Pure, so it is tested as box art.
///
/// Wide screens (100 columns or more) put customers and subscriptions side by side; narrower ones
/// stack them. Below `minimumSize` only a "too small" message is drawn.
public struct AppLayout: Equatable, Sendable {
    public static let minimumSize = Size(width: 40, height: 10)
    public static let sideBySideWidth = 100

    public var header: Rect
    public var customers: Rect
    public var subscriptions: Rect
    /// The catalog takes the whole body (both lists' space) when it is open.
    public var catalog: Rect
    public var status: Rect
    public var footer: Rect
    public var isStacked: Bool
    public var isTooSmall: Bool

    public static func frames(for size: Size) -> AppLayout {
        let screen = Rect(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            let empty = Rect(x: 0, y: 0, width: 0, height: 0)
            return AppLayout(header: empty, customers: empty, subscriptions: empty, catalog: empty, status: empty, footer: empty,
                             isStacked: true, isTooSmall: true)
        }
        let header = screen.row(0)
        let footer = screen.row(size.height - 1)
        let status = screen.row(size.height - 2)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        if size.width >= sideBySideWidth {
            let (left, right) = body.splitVertically(leftWidth: body.width / 2)
            return AppLayout(header: header, customers: left, subscriptions: right, catalog: body, status: status, footer: footer,
                             isStacked: false, isTooSmall: false)
        }
        let (top, bottom) = body.splitHorizontally(topHeight: body.height * 3 / 5)
        return AppLayout(header: header, customers: top, subscriptions: bottom, catalog: body, status: status, footer: footer,
                         isStacked: true, isTooSmall: false)
    }

    /// Rows of data a pane's table shows: the box takes two rows, the column header one.
    public func listRows(for pane: Pane) -> Int {
        // Every pane but the two lists takes the body.
        let frame = pane == .customers ? customers : pane == .subscriptions ? subscriptions : catalog
        return max(0, frame.height - 3)
    }
}
