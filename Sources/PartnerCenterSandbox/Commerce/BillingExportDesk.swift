import CompressNIO
import Foundation
import NIOCore
import PartnerCenter

/// Microsoft Graph's asynchronous billing exports, in memory (API notes 2, §1.3–1.7): an export request becomes an
/// operation that answers `running` with `Retry-After` for `behavior.exportRunningPolls` polls, then
/// `succeeded` with an inline manifest (and its navigation link), or `failed` with code 5000 when there is no
/// data for the invoice. The data is taken when the export is requested and written as gzip JSON Lines files that
/// the blob origin serves for a SAS token; every answer that shows a manifest mints a fresh SAS, valid
/// `behavior.exportSASLifetime` seconds.
public actor BillingExportDesk {
    /// What an export covers.
    enum Subject: Sendable {
        case billed(invoiceID: String)
        case unbilled(period: String, currency: String)
    }

    /// What polling an operation gets.
    enum PollAnswer: Sendable {
        case running(retryAfter: Int, operation: [String: String])
        case succeeded(operation: [String: String], manifest: Manifest)
        case failed(operation: [String: String], code: String, message: String)
    }

    /// A manifest as Graph serialises it.
    struct Manifest: Encodable, Sendable {
        struct Blob: Encodable, Sendable {
            var name: String
            var partitionValue = "default"
        }
        var id: String
        var createdDateTime: String
        var schemaVersion = "2"
        var dataFormat = "compressedJSON"
        var partitionType = "default"
        var eTag: String
        var partnerTenantId = "sandbox"
        var rootDirectory: String
        var sasToken: String
        var blobCount: Int
        var blobs: [Blob]
    }

    /// What the blob origin answers.
    enum BlobAnswer: Sendable {
        case file(Data)
        case bearerTokenRefused
        case expired
        case forbidden
        case notFound
    }

    private struct Operation {
        var id: String
        var created: Date
        var pollsLeft: Int
        var failure: (code: String, message: String)?
        var manifestID: String
        var directory: String
        var blobNames: [String]
    }

    /// Lines per export file; more lines make more files with the same partition value, as the service does.
    static let linesPerBlob = 500

    private let store: SandboxStore
    private let behavior: SandboxBehavior
    private let now: @Sendable () -> Date
    private var blobOrigin = URL(string: "http://127.0.0.1")!
    private var graphOrigin = URL(string: "http://127.0.0.1")!
    private var operations: [String: Operation] = [:]
    private var files: [String: Data] = [:]
    private var signatures: [String: Date] = [:]
    /// Requests to the blob origin that carried an `Authorization` header (refused); tests expect 0.
    public private(set) var bearerTokensSeen = 0
    /// Files served by the blob origin.
    public private(set) var blobsServed = 0
    /// Polls of operations, for tests of the client's pacing.
    public private(set) var operationPolls = 0

    init(store: SandboxStore, behavior: SandboxBehavior, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.behavior = behavior
        self.now = now
    }

    func setBlobOrigin(_ url: URL) { blobOrigin = url }
    func setGraphOrigin(_ url: URL) { graphOrigin = url }

    /// Starts an export; returns the operation's absolute URL for `Location`.
    func start(_ subject: Subject, basic: Bool, apiVersion: String) throws -> URL {
        let id = UUID().uuidString.lowercased()
        let month = now().formatted(.iso8601.year().month().dateSeparator(.omitted))
        var operation = Operation(
            id: id, created: now(), pollsLeft: behavior.exportRunningPolls, failure: nil, manifestID: UUID().uuidString.lowercased(),
            directory: "", blobNames: [])
        var lines: [InvoiceLineItem] = []
        switch subject {
        case .billed(let invoiceID):
            if let invoice = try store.invoice(id: invoiceID), invoice.isFinal {
                lines = try store.invoiceLines(invoiceID: invoice.id, offset: 0, limit: Int.max / 2).items
                let billingMonth = InvoiceBook.utcCalendar.date(byAdding: .month, value: -1, to: invoice.invoiceDate) ?? invoice.invoiceDate
                operation.directory = "reconciliation/v1/PartnerTenantId=sandbox/BillingMonth="
                    + billingMonth.formatted(.iso8601.year().month().dateSeparator(.omitted))
                    + "/InvoiceId=\(invoice.id)/Fragment=\(basic ? "basic" : "full")/PartitionType=default"
            } else {
                operation.failure = ("5000", "No reconciliation data available currently for Invoice \(invoiceID.prefix(40)). Please try again later.")
            }
        case .unbilled(let period, let currency):
            let thisMonth = InvoiceBook.startOfMonth(now())
            lines =
                period == "current"
                ? try store.unbilledLines(currency: currency, orderedFrom: thisMonth)
                : try store.unbilledLines(currency: currency, before: thisMonth)
            operation.directory = "unbilledreconciliation/v1/\(id.prefix(8))/PartnerTenantId=sandbox/BillingMonth=\(month)"
                + "/Currency=\(currency.uppercased())/Fragment=\(basic ? "basic" : "full")/PartitionType=default"
        }
        if operation.failure == nil {
            var chunks = stride(from: 0, to: lines.count, by: Self.linesPerBlob).map { Array(lines[$0..<min($0 + Self.linesPerBlob, lines.count)]) }
            if chunks.isEmpty { chunks = [[]] }
            for (number, chunk) in chunks.enumerated() {
                var text = Data()
                for line in chunk {
                    text.append(try ReconciliationRecord.jsonLine(line, basic: basic))
                    text.append(0x0A)
                }
                var buffer = ByteBuffer(bytes: text)
                let compressed = try buffer.compress(with: .gzip())
                let name = String(format: "part-%05d-", number) + UUID().uuidString.lowercased() + ".c000.json.gz"
                files[operation.directory + "/" + name] = Data(buffer: compressed)
                operation.blobNames.append(name)
            }
        }
        operations[id] = operation
        return graphOrigin.appendingPathComponent("\(apiVersion)/reports/partners/billing/operations/\(id)")
    }

    /// One poll of an operation; nil when it is unknown.
    func poll(id: String, apiVersion: String) -> PollAnswer? {
        guard var operation = operations[id] else { return nil }
        operationPolls += 1
        var fields = [
            "id": operation.id, "createdDateTime": WireDate.format(operation.created), "lastActionDateTime": WireDate.format(now()),
        ]
        if operation.pollsLeft > 0 {
            operation.pollsLeft -= 1
            operations[id] = operation
            fields["status"] = "running"
            fields["@odata.type"] = "#microsoft.graph.partners.billing.runningOperation"
            return .running(retryAfter: behavior.exportRetryAfter, operation: fields)
        }
        if let failure = operation.failure {
            fields["status"] = "failed"
            fields["@odata.type"] = "#microsoft.graph.partners.billing.failedOperation"
            return .failed(operation: fields, code: failure.code, message: failure.message)
        }
        fields["status"] = "succeeded"
        fields["@odata.type"] = "#microsoft.graph.partners.billing.exportSuccessOperation"
        fields["resourceLocation@odata.navigationLink"] =
            graphOrigin.appendingPathComponent("\(apiVersion)/reports/partners/billing/manifests/\(operation.manifestID)").absoluteString
        return .succeeded(operation: fields, manifest: manifest(for: operation))
    }

    /// The manifest by its ID, with a fresh SAS token; nil when unknown or not ready.
    func manifest(id: String) -> Manifest? {
        guard let operation = operations.values.first(where: { $0.manifestID == id }), operation.pollsLeft == 0,
            operation.failure == nil
        else { return nil }
        return manifest(for: operation)
    }

    private func manifest(for operation: Operation) -> Manifest {
        let signature = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let expiry = now().addingTimeInterval(behavior.exportSASLifetime)
        signatures[signature] = expiry
        let encodedExpiry = WireDate.format(expiry).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return Manifest(
            id: operation.manifestID, createdDateTime: WireDate.format(operation.created), eTag: String(operation.id.prefix(16)),
            rootDirectory: blobOrigin.appendingPathComponent(operation.directory).absoluteString,
            sasToken: "skoid=sandbox&sktid=sandbox&sv=2021-08-06&se=\(encodedExpiry)&sr=d&sp=rl&sig=\(signature)",
            blobCount: operation.blobNames.count, blobs: operation.blobNames.map { Manifest.Blob(name: $0) })
    }

    /// A file for a blob request: `path` without the leading `/`, `signature` the `sig` query value.
    func blob(path: String, signature: String?, hasAuthorization: Bool) -> BlobAnswer {
        if hasAuthorization {
            bearerTokensSeen += 1
            return .bearerTokenRefused
        }
        guard let signature, let expiry = signatures[signature] else { return .forbidden }
        guard expiry > now() else { return .expired }
        guard let data = files[path] else { return .notFound }
        blobsServed += 1
        return .file(data)
    }

    /// Every SAS token handed out so far stops working (`POST /sandbox/exports/expire-links`).
    public func expireLinks() {
        let past = now().addingTimeInterval(-1)
        for key in signatures.keys { signatures[key] = past }
    }
}
