import Foundation
import HTTPTypes
import Hummingbird
import PartnerCenter

/// Operations 20–25: balance, summaries, invoices (offset-paged), invoice by ID, one-time line items
/// (seek-paged with a continuation token) and the statement PDF; and the unbilled one-time line items
/// (API notes 2, §2): `GET /v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems
/// &currencycode=X&period=current|previous`, parameter names in any case. Line items carry `customerId` as
/// `org:{tenant}` as the documented examples do.
struct InvoiceRoutes {
    let store: SandboxStore
    let clock: SandboxClock
    /// The partner's home currency, used for `GET /invoices/summary`.
    static let defaultCurrency = "USD"
    static let maximumLineItemPage = 2000

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/v1/invoices/summary") { _, _ in
            let summaries = try summaries()
            let summary = summaries.first { $0.currencyCode == Self.defaultCurrency }
                ?? InvoiceSummary(balanceAmount: 0, currencyCode: Self.defaultCurrency, currencySymbol: "$", latestInvoiceDate: nil)
            return try JSONResponse.make(summary)
        }
        router.get("/v1/invoices/summaries") { _, _ in
            // Items of the summaries collection say what they are, as the documented example does.
            let items = try summaries().map { summary in
                var item = summary
                item.attributes = ResourceAttributes(objectType: "InvoiceSummary")
                return item
            }
            return try JSONResponse.make(ResourceCollection(items: items))
        }
        router.get("/v1/invoices") { request, _ in
            let query = request.uri.queryParameters
            let size = try Self.number(query.get("size"), name: "size", default: 200, range: 1...1000)
            let offset = try Self.number(query.get("offset"), name: "offset", default: 0, range: 0...Int.max / 2)
            let (rows, total) = try store.invoices(offset: offset, limit: size)
            var links = ResourceLinks(selfLink: Link(uri: "/invoices?size=\(size)&offset=\(offset)"))
            if offset + rows.count < total { links.next = Link(uri: "/invoices?size=\(size)&offset=\(offset + size)") }
            if offset > 0 { links.previous = Link(uri: "/invoices?size=\(size)&offset=\(max(0, offset - size))") }
            return try JSONResponse.make(ResourceCollection(items: rows.map { invoice($0, byID: false) }, totalCount: total, links: links))
        }
        router.get("/v1/invoices/unbilled/lineitems") { request, _ in try unbilledLineItems(request) }
        router.get("/v1/invoices/:invoiceId") { _, context in
            try JSONResponse.make(invoice(try requireInvoice(context), byID: true))
        }
        router.get("/v1/invoices/:invoiceId/lineitems") { request, context in
            let row = try requireInvoice(context)
            let query = request.uri.queryParameters
            let provider = query.get("provider")?.lowercased().replacingOccurrences(of: "_", with: "")
            guard provider == "onetime" else {
                throw SandboxError.badRequest("The sandbox bills reservations only: use provider=onetime&invoicelineitemtype=billinglineitems.")
            }
            return try lineItems(row, request: request)
        }
        // The legacy form `/lineitems/OneTime/BillingLineItems` that invoice details link to.
        router.get("/v1/invoices/:invoiceId/lineitems/:provider/:type") { request, context in
            try lineItems(try requireInvoice(context), request: request)
        }
        router.get("/v1/invoices/:invoiceId/documents/statement") { _, context in
            let row = try requireInvoice(context)
            guard row.isFinal else {
                throw SandboxError(
                    status: .notFound, code: "800002",
                    description: "The statement for invoice \(row.id) is not available yet; statements are issued when the month closes.")
            }
            let (lines, _) = try store.invoiceLines(invoiceID: row.id, offset: 0, limit: 100_000)
            let pdf = Self.statement(for: row, lines: lines).render()
            var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
            response.headers[.contentType] = "application/pdf"
            response.headers[.contentDisposition] = "attachment; filename=Invoice_\(row.id).pdf"
            return response
        }
    }

    private func unbilledLineItems(_ request: Request) throws -> Response {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name).lowercased()] = String(value) }
        guard query["provider"]?.lowercased().replacingOccurrences(of: "_", with: "") == "onetime",
            query["invoicelineitemtype"]?.lowercased().replacingOccurrences(of: "_", with: "") == "billinglineitems"
        else { throw SandboxError.badRequest("Use provider=onetime&invoicelineitemtype=billinglineitems.") }
        guard let currency = query["currencycode"], currency.count == 3, currency.allSatisfy(\.isLetter) else {
            throw SandboxError.badRequest("currencycode is required, e.g. currencycode=USD.")
        }
        guard let period = query["period"]?.lowercased(), ["current", "previous"].contains(period) else {
            throw SandboxError.badRequest("period is required: current or previous.")
        }
        let thisMonth = InvoiceBook.startOfMonth(clock.now)
        let lines =
            period == "current"
            ? try store.unbilledLines(currency: currency, orderedFrom: thisMonth)
            : try store.unbilledLines(currency: currency, before: thisMonth)
        let base = "/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems"
            + "&currencycode=\(currency.lowercased())&period=\(period)"
        return try JSONResponse.make(
            ResourceCollection(items: lines.map(Self.asServed), totalCount: lines.count, links: ResourceLinks(selfLink: Link(uri: base))))
    }

    /// A line as Partner Center's examples show it: the customer tenant as `org:{guid}`.
    static func asServed(_ line: InvoiceLineItem) -> InvoiceLineItem {
        var copy = line
        if let id = copy.customerId, !id.hasPrefix("org:") { copy.customerId = "org:" + id }
        return copy
    }

    private func requireInvoice(_ context: SandboxRequestContext) throws -> SandboxStore.InvoiceRow {
        // Links may prefix the ID with `OneTime-` or `Recurring-`.
        var id = try context.parameters.require("invoiceId")
        for prefix in ["OneTime-", "Recurring-"] where id.hasPrefix(prefix) { id.removeFirst(prefix.count) }
        guard let row = try store.invoice(id: id) else { throw SandboxError.notFound("Invoice \(id)", code: "800002") }
        return row
    }

    private func lineItems(_ row: SandboxStore.InvoiceRow, request: Request) throws -> Response {
        let query = request.uri.queryParameters
        let size = try Self.number(query.get("size"), name: "size", default: Self.maximumLineItemPage, range: 1...Self.maximumLineItemPage)
        var offset = 0
        if let seek = query.get("seekOperation") {
            guard seek.lowercased() == "next" else { throw SandboxError.badRequest("seekOperation must be Next.") }
            guard let token = HTTPField.Name("MS-ContinuationToken").flatMap({ request.headers[$0] }),
                let data = Data(base64Encoded: token), let decoded = Int(String(decoding: data, as: UTF8.self)), decoded >= 0
            else { throw SandboxError.badRequest("The MS-ContinuationToken header is missing or not valid.") }
            offset = decoded
        } else if let text = query.get("offset") {
            offset = try Self.number(text, name: "offset", default: 0, range: 0...Int.max / 2)
        }
        let (items, total) = try store.invoiceLines(invoiceID: row.id, offset: offset, limit: size)
        let base = "/invoices/\(row.id)/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=\(size)"
        var collection = ResourceCollection(items: items.map(Self.asServed), totalCount: items.count, links: ResourceLinks(selfLink: Link(uri: base)))
        if offset + items.count < total {
            let token = Data(String(offset + items.count).utf8).base64EncodedString()
            collection.continuationToken = token
            collection.links?.next = Link(
                uri: base + "&seekOperation=Next", headers: [Link.Header(key: "MS-ContinuationToken", value: token)])
        }
        return try JSONResponse.make(collection)
    }

    private func invoice(_ row: SandboxStore.InvoiceRow, byID: Bool) -> Invoice {
        let detailLink = Link(uri: "/invoices/OneTime-\(row.id)/lineitems/OneTime/BillingLineItems")
        var invoice = Invoice(
            id: InvoiceID(row.id), invoiceDate: row.invoiceDate, totalCharges: row.totalCharges, paidAmount: -row.paidAmount,
            currencyCode: row.currencyCode, currencySymbol: CurrencySymbols.symbol(for: row.currencyCode), invoiceType: row.invoiceType,
            invoiceDetails: [Invoice.Detail(invoiceLineItemType: "billing_line_items", billingProvider: "one_time", links: ResourceLinks(selfLink: detailLink))])
        invoice.billingPeriodStartDate = row.invoiceDate
        invoice.billingPeriodEndDate = Calendar(identifier: .gregorian).date(byAdding: DateComponents(month: 1, second: -1), to: row.invoiceDate)
        invoice.links = ResourceLinks(selfLink: Link(uri: "/invoices/\(row.id)"))
        if byID, row.isFinal { invoice.pdfDownloadLink = "/invoices/\(row.id)/documents/statement" }
        return invoice
    }

    /// One summary per currency: the balance is what is billed and not yet paid.
    private func summaries() throws -> [InvoiceSummary] {
        let rows = try store.allInvoices()
        return Dictionary(grouping: rows, by: \.currencyCode).sorted { $0.key < $1.key }.map { currency, invoices in
            let balance = invoices.reduce(Decimal.zero) { $0 + $1.totalCharges - $1.paidAmount }
            let latest = invoices.map(\.invoiceDate).max()
            let oneTime = InvoiceSummary(
                balanceAmount: balance.rounded(toPlaces: 2), currencyCode: currency, currencySymbol: CurrencySymbols.symbol(for: currency),
                latestInvoiceDate: latest)
            let recurring = InvoiceSummary(balanceAmount: 0, currencyCode: currency, currencySymbol: CurrencySymbols.symbol(for: currency), latestInvoiceDate: nil)
            return InvoiceSummary(
                balanceAmount: balance.rounded(toPlaces: 2), currencyCode: currency, currencySymbol: CurrencySymbols.symbol(for: currency),
                latestInvoiceDate: latest,
                details: [InvoiceSummary.Detail(invoiceType: "Recurring", summary: recurring), InvoiceSummary.Detail(invoiceType: "OneTime", summary: oneTime)])
        }
    }

    static func statement(for row: SandboxStore.InvoiceRow, lines: [InvoiceLineItem]) -> StatementPDF {
        let month = row.invoiceDate.formatted(.iso8601.year().month())
        var text = [
            "Partner Center sandbox statement - not a real invoice",
            "Invoice \(row.id)   Period \(month)   Currency \(row.currencyCode)   Type \(row.invoiceType)",
            "Total charges \(row.totalCharges.fixedPointText(places: 2)) \(row.currencyCode)   Paid \(row.paidAmount.fixedPointText(places: 2))",
            "",
            "Order         Customer                        Reservation                                   Qty      Amount",
        ]
        for line in lines {
            let order = (line.orderId ?? "").prefix(12)
            let customer = (line.customerName ?? "").prefix(30)
            let sku = (line.skuName ?? line.productName ?? "").prefix(44)
            let quantity = (line.quantity ?? 0).fixedPointText(places: 0)
            let amount = (line.subtotal ?? 0).fixedPointText(places: 2)
            text.append(
                String(format: "%-13@ %-31@ %-45@ ", String(order), String(customer), String(sku))
                    + String(repeating: " ", count: max(0, 3 - quantity.count)) + quantity + " "
                    + String(repeating: " ", count: max(0, 11 - amount.count)) + amount)
        }
        if lines.isEmpty { text.append("(no one-time charges this period)") }
        return StatementPDF(title: "Invoice \(row.id)", lines: text)
    }

    static func number(_ text: String?, name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw SandboxError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }
}
