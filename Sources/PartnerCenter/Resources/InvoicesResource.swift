import Foundation

extension PartnerCenterClient {
    /// `/invoices`: the partner's balance, invoices, line items and statements.
    public var invoices: InvoicesResource { InvoicesResource(client: self) }
}

/// `/invoices` (operations 20–25).
public struct InvoicesResource: Sendable {
    let client: PartnerCenterClient

    /// The current account balance in the default currency (operation 20).
    public func balance() async throws -> InvoiceSummary {
        try await client.send(APIRequest(operation: "get balance", path: "/invoices/summary"), as: InvoiceSummary.self)
    }

    /// One summary per currency (operation 21, App+User only).
    public func summaries() async throws -> [InvoiceSummary] {
        try await client.allItems(APIRequest(operation: "get invoice summaries", path: "/invoices/summaries"), of: InvoiceSummary.self)
    }

    /// A page of invoices (operation 22), offset-paged; follow with `client.nextPage(after:)`.
    public func list(size: Int = 200, offset: Int = 0) async throws -> Page<Invoice> {
        try await client.page(
            APIRequest(
                operation: "list invoices", path: "/invoices",
                query: [URLQueryItem(name: "size", value: String(size)), URLQueryItem(name: "offset", value: String(offset))]),
            of: Invoice.self)
    }

    /// One invoice's node.
    /// Which unbilled period v1 reads: this month or the previous one.
    public enum UnbilledPeriod: String, Sendable {
        case current, previous
    }

    /// `GET /invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=X&period=…`
    /// (API notes 2, §2), every page: charges not on an invoice yet (`invoiceNumber` empty).
    public func unbilledOneTimeLineItems(currency: String, period: UnbilledPeriod) async throws -> [InvoiceLineItem] {
        let request = APIRequest(
            operation: "list unbilled line items", path: "/invoices/unbilled/lineitems",
            query: [
                URLQueryItem(name: "provider", value: "onetime"), URLQueryItem(name: "invoicelineitemtype", value: "billinglineitems"),
                URLQueryItem(name: "currencycode", value: currency.uppercased()), URLQueryItem(name: "period", value: period.rawValue),
            ])
        return try await client.allItems(request, of: InvoiceLineItem.self)
    }

    public func byID(_ id: InvoiceID) -> InvoiceResource {
        InvoiceResource(client: client, path: "/invoices/" + APIRequest.segment(id.rawValue))
    }
}

/// `/invoices/{id}`.
public struct InvoiceResource: Sendable {
    let client: PartnerCenterClient
    let path: String

    /// The invoice with its details and PDF link (operation 23, App+User only).
    public func get() async throws -> Invoice {
        try await client.send(APIRequest(operation: "get invoice", path: path), as: Invoice.self)
    }

    /// The first page of one-time (reservation) line items (operation 24, provider `onetime`); follow
    /// with `client.nextPage(after:)`, which sends `seekOperation=Next` with the continuation token.
    public func oneTimeLineItems(size: Int = 2000) async throws -> Page<InvoiceLineItem> {
        try await client.page(
            APIRequest(
                operation: "list invoice line items", path: path + "/lineitems",
                query: [
                    URLQueryItem(name: "provider", value: "onetime"),
                    URLQueryItem(name: "invoicelineitemtype", value: "billinglineitems"),
                    URLQueryItem(name: "size", value: String(size)),
                ]),
            of: InvoiceLineItem.self)
    }

    /// The statement PDF (operation 25, App+User only), written to `destination`.
    ///
    /// The bytes go to a temporary file next to `destination` that is renamed into place only once
    /// complete, so a failed download never leaves a file that looks whole.
    /// - Returns: the number of bytes written.
    @discardableResult
    public func downloadStatement(to destination: URL) async throws -> Int {
        let response = try await client.sendExpectingNoContent(
            APIRequest(operation: "download statement", path: path + "/documents/statement", accept: "application/pdf",
                isDocument: true))
        guard response.body.starts(with: Array("%PDF".utf8)) else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "statement"), operation: "download statement", httpStatus: response.status,
                detail: "the answer is not a PDF")
        }
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        do {
            try response.body.write(to: partial, options: .withoutOverwriting)
            // A statement is the partner's billing: this account only, whatever the umask.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial.path)
            // One rename(2): the old file stays whole until the new one replaces it, and nothing removes it first.
            guard rename(partial.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        return response.body.count
    }
}
