import Foundation
import Vocabulary
import ReservationsCore
import TerminalUI
import ScreenKit
import CartFeature

/// Draws the catalog: SKU rows (size, region, cores, RAM, term, partner price, inventory-check marker) and,
/// under a separator, the selected SKU's details, availabilities and inventory answer.
public enum CatalogPane {
    /// Lines of the detail area under the table (the separator included).
    static let detailHeight = 4

    /// Data rows the table shows inside `frame` (box, detail area and column header subtracted).
    public static func tableRows(in frame: Rect) -> Int {
        max(0, frame.height - 2 - detailArea(inner: frame.inset(by: 1)) - 1)
    }

    /// The detail area's height for an inner rectangle: left out on very short screens.
    static func detailArea(inner: Rect) -> Int { inner.height >= 10 ? detailHeight : 0 }

    static func columns(width: Int) -> [TableColumn] {
        // What decides a purchase (size, region, term, price, inventory check) stays at every width; cores (the
        // size says them), RAM and category go first. The region gets room for "US East 2" whole.
        var columns = [
            TableColumn("Size", width: .flexible(min: 14)),
            TableColumn("Region", width: .flexible(min: 12)),
        ]
        if width >= 70 { columns.append(TableColumn("Cores", width: .fixed(5), alignment: .right)) }
        if width >= 90 { columns.append(TableColumn("RAM GB", width: .fixed(6), alignment: .right)) }
        columns.append(TableColumn("Term", width: .fixed(4)))
        columns.append(TableColumn("Partner price", width: .fixed(14), alignment: .right))
        columns.append(TableColumn("Inv", width: .fixed(3)))
        if width >= 110 { columns.append(TableColumn("Category", width: .flexible(min: 12))) }
        return columns
    }

    public static func render(_ state: some CatalogHost, frame: Rect, isFocused: Bool, glyphs: Glyphs, into canvas: inout some Canvas) {
        canvas.fill(frame, role: .text)
        guard let catalog = state.catalog else { return }
        let filtered = catalog.filter.isEmpty ? "" : "/\(catalog.index.count)"
        let scope = catalog.request.scope == nil ? "MS-AZR-0145P" : "Azure plan"
        let title = " Catalog (\(catalog.matches.count)\(filtered)) · \(catalog.request.country) · \(catalog.request.view.label)"
            + " · \(scope) · by \(catalog.sort.rawValue)\(cacheBadge(catalog)) "
        canvas.box(frame, title: title, isFocused: isFocused, glyphs: glyphs)
        let inner = frame.inset(by: 1)
        let detailLines = detailArea(inner: inner)
        let tableFrame = inner.inset(bottom: detailLines)
        let columns = columns(width: tableFrame.width)
        let missingPrice = missingPriceCell(catalog)
        TableView.render(
            columns: columns, rowCount: catalog.matches.count,
            row: { position in
                let row = catalog.match(at: position)
                // Most catalogs hold no answer at all: skip building a key per visible row then.
                return cells(
                    for: row, inventory: catalog.inventory.isEmpty ? nil : catalog.inventory(of: row), columns: columns,
                    missingPrice: missingPrice)
            }, state: catalog.table, frame: tableFrame,
            isFocused: isFocused, glyphs: glyphs, emptyText: emptyText(catalog), into: &canvas)
        if detailLines > 0 {
            let separatorY = tableFrame.maxY
            canvas.boxSeparator(across: frame, at: separatorY, role: isFocused ? .borderFocused : .border, glyphs: glyphs)
            for (offset, line) in detailText(catalog).prefix(detailLines - 1).enumerated() {
                canvas.writeTruncated(line.text, at: Point(x: inner.x + 1, y: separatorY + 1 + offset),
                                      width: inner.width - 2, role: line.role ?? .text, ellipsis: glyphs.ellipsis)
            }
        }
        renderFilter(catalog, frame: frame, isFocused: isFocused, into: &canvas)
    }

    /// ` · cached` for rows served from the local cache, ` · refreshing` while a background refresh runs.
    static func cacheBadge(_ catalog: CatalogState) -> String {
        if catalog.isRefreshing { return " · refreshing" }
        return catalog.cachedAge == nil ? "" : " · cached"
    }

    /// What the price column shows without a price: "pcres login" when the sign-in is app-only (the price sheet takes
    /// App+User tokens only; the status line says it in full), else a dash.
    static func missingPriceCell(_ catalog: CatalogState) -> TableCell {
        catalog.pricesUnavailable == PriceList.userSignInMessage ? TableCell("pcres login", role: .statusWarning) : TableCell("—", role: .dim)
    }

    static func cells(
        for row: CatalogIndex.Row, inventory: InventoryStatus?, columns: [TableColumn], missingPrice: TableCell = TableCell("—", role: .dim)
    ) -> [TableCell] {
        columns.map { column in
            switch column.title {
            case "Size": TableCell(row.name)
            case "Region": TableCell(row.region ?? "")
            case "Cores": TableCell(row.cores.map(String.init) ?? "")
            case "RAM GB": TableCell(row.ramGB.map(formatRAM) ?? "")
            case "Term": TableCell(row.term ?? "")
            case "Partner price":
                row.price.map { TableCell(MoneyText.format($0, currency: row.currencyCode), role: .price) } ?? missingPrice
            case "Inv": row.requiresInventoryCheck ? inventoryCell(inventory) : TableCell("")
            default: TableCell(row.category ?? "", role: .dim)
            }
        }
    }

    /// The Inv column for a SKU that needs a check: `chk` until asked, then `...`, `ok`, `no` (restricted) or `err`.
    static func inventoryCell(_ inventory: InventoryStatus?) -> TableCell {
        switch inventory {
        case nil: TableCell("chk", role: .statusWarning)
        case .checking?: TableCell("...", role: .dim)
        case .available?: TableCell("ok", role: .statusSuccess)
        case .restricted?: TableCell("no", role: .statusError)
        case .failed?: TableCell("err", role: .statusError)
        }
    }

    static func formatRAM(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func emptyText(_ catalog: CatalogState) -> String {
        switch catalog.load {
        case .loading: return "Loading the catalog…"
        case .failed(let message): return "Could not load the catalog: \(message)"
        case .cancelled where catalog.index.count == 0: return "Loading stopped; press r to load again"
        default:
            if catalog.index.count == 0 { return "No reservations in this view for \(catalog.request.country)" }
            return "No SKU matches \"\(catalog.filter.text)\""
        }
    }

    /// The three lines under the table: the SKU, its availabilities, its inventory.
    static func detailText(_ catalog: CatalogState) -> [StyledText] {
        guard let row = catalog.selectedRow else { return [] }
        var limits = ""
        if row.minimumQuantity != nil || row.maximumQuantity != nil {
            limits = " · qty " + QuantityLimitsText.describe(minimum: row.minimumQuantity, maximum: row.maximumQuantity)
        }
        // What the columns do not show: the product, the limits, the category and the ARM region (the inventory
        // check's). Not the SKU's title, which repeats size, region and term: a cursor move rewrites this line,
        // and a shorter line is fewer bytes over a slow link.
        let details = [row.category, row.armRegionName].compactMap { $0 }.map { " · \($0)" }.joined()
        let first = StyledText("\(row.productTitle)\(limits)\(details)", role: .text)
        let key = CatalogItemKey(productID: row.productID, skuID: row.skuID)
        let inventory = catalog.inventory(of: row)
        guard let detail = catalog.detail, detail.key == key else {
            guard row.requiresInventoryCheck else { return [first, StyledText("Enter shows the availabilities", role: .dim)] }
            guard let inventory else {
                return [first, StyledText("Enter shows the availabilities and runs the inventory check this SKU needs", role: .dim)]
            }
            return [first, StyledText("Enter shows the availabilities and checks the inventory again", role: .dim),
                    inventoryLine(inventory, row: row)]
        }
        var lines = [first]
        switch detail.load {
        case .loading: lines.append(StyledText("Loading availabilities…", role: .dim))
        case .failed(let message): lines.append(StyledText("Availabilities: \(message)", role: .statusError))
        default:
            if let availability = detail.availabilities.first {
                let terms = availability.terms.map { term in
                    term.description.map { "\(term.duration) (\($0))" } ?? term.duration
                }.joined(separator: ", ")
                let currency = availability.currencyCode ?? "currency ?"
                let more = detail.availabilities.count > 1 ? " (+\(detail.availabilities.count - 1) more)" : ""
                lines.append(StyledText(
                    "Catalog item \(availability.catalogItemID.rawValue) · terms \(terms.isEmpty ? "none" : terms)"
                        + " · \(currency)\(more)"))
            } else {
                lines.append(StyledText("No availability: this SKU cannot be bought here now", role: .statusWarning))
            }
        }
        if row.requiresInventoryCheck, let inventory {
            lines.append(inventoryLine(inventory, row: row))
        } else {
            lines.append(StyledText(row.requiresInventoryCheck ? "Inventory not checked yet" : "No inventory check needed", role: .dim))
        }
        return lines
    }

    /// `Inventory in japanwest: available`, or why not.
    static func inventoryLine(_ inventory: InventoryStatus, row: CatalogIndex.Row) -> StyledText {
        let region = (row.armRegionName ?? row.region).map { " in \($0)" } ?? ""
        switch inventory {
        case .checking: return StyledText("Checking inventory\(region)…", role: .dim)
        case .available: return StyledText("Inventory\(region): available", role: .statusSuccess)
        case .restricted(let reason): return StyledText("Inventory\(region) restricted: \(reason)", role: .statusError)
        case .failed(let message): return StyledText("Inventory check\(region) failed: \(message)", role: .statusError)
        }
    }

    /// The filter sits in the bottom border, as in the customers pane.
    static func renderFilter(_ catalog: CatalogState, frame: Rect, isFocused: Bool, into canvas: inout some Canvas) {
        guard catalog.isEditingFilter || !catalog.filter.isEmpty, frame.width > 8, frame.height >= 3 else { return }
        let width = min(frame.width - 2, max(12, DisplayWidth.of(catalog.filter.text) + 3))
        let line = Rect(x: frame.x + 1, y: frame.maxY - 1, width: width, height: 1)
        catalog.filter.render(prompt: "/", frame: line, isFocused: isFocused && catalog.isEditingFilter, role: .filter,
                              into: &canvas)
    }
}
