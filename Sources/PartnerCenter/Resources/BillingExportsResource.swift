import CompressNIO
import Foundation
import NIOCore

extension PartnerCenterClient {
    /// Microsoft Graph's partner billing reconciliation exports (API notes 2, §1), on `configuration.graphEndpoint`.
    public var billingExports: BillingExportsResource { BillingExportsResource(client: self) }
}

/// The asynchronous export: `POST …/reconciliation/{billed|unbilled}/export` → `202` + `Location` → poll the
/// operation, waiting `Retry-After` → manifest (inline, or by its link) → gzip JSON Lines files read from blob
/// storage with the manifest's SAS token and **no** bearer token. `succeeded` and `completed` both mean done; a
/// `failed` operation is told in plain words; files refused as expired or unauthorised make one fresh poll of the
/// operation for a new SAS, then the export fails. Cancelling the task stops it.
public struct BillingExportsResource: Sendable {
    let client: PartnerCenterClient

    /// Where an export stands, for the status line.
    public enum Progress: Equatable, Sendable {
        case requested
        /// Microsoft is preparing the files; the next look is in `seconds` (poll number `poll`).
        case preparing(poll: Int, seconds: Int)
        case downloading(file: Int, of: Int)
    }

    /// Which unbilled period: `current` (this month) or `last` (the previous one).
    public enum UnbilledPeriod: String, Sendable {
        case current, last
    }

    /// Longest wait between polls, whatever `Retry-After` says, and the most polls before giving up (about an hour).
    static let longestWait = 60
    static let maximumPolls = 240

    /// The one-time lines of a billed invoice (`billedReconciliation: export`).
    public func billedReconciliation(
        invoiceID: InvoiceID, progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) async throws -> [InvoiceLineItem] {
        try await export(
            path: "/reconciliation/billed/export", body: ["invoiceId": invoiceID.rawValue, "attributeSet": "full"],
            operation: "export invoice \(invoiceID.rawValue) line items", progress: progress)
    }

    /// This or last month's charges not billed yet in `currency` (`unbilledReconciliation: export`).
    public func unbilledReconciliation(
        period: UnbilledPeriod, currency: String, progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) async throws -> [InvoiceLineItem] {
        try await export(
            path: "/reconciliation/unbilled/export",
            body: ["billingPeriod": period.rawValue, "currencyCode": currency.uppercased(), "attributeSet": "full"],
            operation: "export unbilled \(currency.uppercased()) charges", progress: progress)
    }

    private func export(
        path: String, body: [String: String], operation: String, progress: @escaping @Sendable (Progress) -> Void
    ) async throws -> [InvoiceLineItem] {
        guard let executor = client.graphExecutor, let graph = client.configuration.graphEndpoint else {
            throw PartnerCenterError(
                kind: .service, operation: operation,
                serviceDescription: "Microsoft Graph billing exports are not available for this cloud (set graphEndpoint in the profile if they are)")
        }
        progress(.requested)
        let request = APIRequest(
            operation: operation, method: "POST", path: "/v1.0/reports/partners/billing" + path,
            body: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]), baseURL: graph)
        let (accepted, _, _) = try await executor.perform(request, correlationID: client.correlationID)
        guard let text = accepted.header("Location"), let location = URL(string: text, relativeTo: graph)?.absoluteURL else {
            throw PartnerCenterError(
                kind: .malformedResponse(field: "Location"), operation: operation, httpStatus: accepted.status,
                detail: "the export was accepted without saying where to follow it")
        }
        var manifest = try await manifest(following: location, executor: executor, operation: operation, progress: progress)
        do {
            return try await download(manifest, executor: executor, operation: operation, progress: progress)
        } catch let refusal as BlobRefusal {
            // The SAS expired (or was refused) mid-way: one fresh look at the operation gives a new one.
            executor.logger.info("export files refused (\(refusal.status)); polling the operation once more for a new link")
            manifest = try await self.manifest(following: location, executor: executor, operation: operation, progress: progress)
            do {
                return try await download(manifest, executor: executor, operation: operation, progress: progress)
            } catch let again as BlobRefusal {
                throw PartnerCenterError(
                    kind: .service, operation: operation, httpStatus: again.status,
                    serviceDescription: "the export's download link was refused twice (expired?); run the export again")
            }
        }
    }

    /// Polls the operation until it is done and returns its manifest.
    private func manifest(
        following location: URL, executor: RequestExecutor, operation: String, progress: @escaping @Sendable (Progress) -> Void
    ) async throws -> [String: Any] {
        for poll in 1...Self.maximumPolls {
            try Task.checkCancellation()
            let (response, _, _) = try await executor.perform(
                APIRequest(operation: operation, path: "", baseURL: location), correlationID: client.correlationID)
            let body = try Self.object(response.body, field: "operation", operation: operation)
            let status = (body["status"] as? String)?.lowercased() ?? ""
            switch status {
            case "succeeded", "completed":
                if let inline = body["resourceLocation"] as? [String: Any] { return inline }
                let link = (body["resourceLocation@odata.navigationLink"] as? String) ?? (body["resourceLocation"] as? String)
                guard let link, let url = URL(string: link) else {
                    throw PartnerCenterError(
                        kind: .malformedResponse(field: "resourceLocation"), operation: operation, detail: "the finished export names no manifest")
                }
                let (manifest, _, _) = try await executor.perform(
                    APIRequest(operation: operation, path: "", baseURL: url), correlationID: client.correlationID)
                return try Self.object(manifest.body, field: "manifest", operation: operation)
            case "failed":
                let error = body["error"] as? [String: Any]
                let code = (error?["code"] as? String) ?? (error?["code"] as? NSNumber)?.stringValue
                let message = (error?["message"] as? String) ?? "no reason given"
                let plain =
                    code == "5000"
                    ? "Microsoft has no reconciliation data for it (yet): \(message) Legacy (non-G) invoices and periods before February 2024 are read with the older line-item call."
                    : "Microsoft could not prepare the export: \(message)"
                throw PartnerCenterError(kind: .service, operation: operation, code: code, serviceDescription: plain)
            default:
                let seconds = min(Self.longestWait, max(1, response.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 10))
                progress(.preparing(poll: poll, seconds: seconds))
                try await executor.sleep(TimeInterval(seconds))
            }
        }
        throw PartnerCenterError(
            kind: .service, operation: operation, serviceDescription: "the export was still not ready after \(Self.maximumPolls) looks; try again later")
    }

    /// A blob answer that means "this SAS no longer opens the file".
    struct BlobRefusal: Error {
        var status: Int
    }

    /// Reads every file of the manifest; no bearer token goes to blob storage.
    private func download(
        _ manifest: [String: Any], executor: RequestExecutor, operation: String, progress: @escaping @Sendable (Progress) -> Void
    ) async throws -> [InvoiceLineItem] {
        guard let root = manifest["rootDirectory"] as? String, let sas = manifest["sasToken"] as? String else {
            throw PartnerCenterError(kind: .malformedResponse(field: "manifest.rootDirectory"), operation: operation)
        }
        let blobs = (manifest["blobs"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        let directory = root.hasSuffix("/") ? String(root.dropLast()) : root
        let query = sas.hasPrefix("?") ? String(sas.dropFirst()) : sas
        var items: [InvoiceLineItem] = []
        for (index, name) in blobs.enumerated() {
            try Task.checkCancellation()
            progress(.downloading(file: index + 1, of: blobs.count))
            let encodedName = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            guard let url = URL(string: "\(directory)/\(encodedName)?\(query)") else {
                throw PartnerCenterError(kind: .malformedResponse(field: "manifest.blobs"), operation: operation, detail: "a file name is not usable")
            }
            let response: TransportResponse
            do {
                response = try await executor.transport.send(
                    TransportRequest(method: "GET", url: url, headers: ["x-ms-version": "2021-08-06"], timeout: executor.configuration.requestTimeout))
            } catch let failure as TransportFailure {
                throw PartnerCenterError(kind: .transport, operation: operation, detail: failure.reason)
            }
            // The SAS is a secret: the log names the file, never the query.
            executor.logger.info("GET \(url.host ?? "?")\(url.path) -> \(response.status)", metadata: ["operation": .string(operation)])
            if response.status == 403 || response.status == 401 { throw BlobRefusal(status: response.status) }
            guard response.status == 200 else {
                throw PartnerCenterError(
                    kind: .service, operation: operation, httpStatus: response.status, serviceDescription: "an export file could not be read")
            }
            items += try Self.lines(gzip: response.body, operation: operation)
        }
        return items
    }

    /// The line items in one gzip JSON Lines file.
    static func lines(gzip data: Data, operation: String) throws -> [InvoiceLineItem] {
        var buffer = ByteBuffer(bytes: data)
        let text: ByteBuffer
        do {
            text = try buffer.decompress(with: .gzip(), maxSize: 512 * 1024 * 1024)
        } catch {
            throw PartnerCenterError(kind: .malformedResponse(field: "export file"), operation: operation, detail: "not gzip data")
        }
        var items: [InvoiceLineItem] = []
        for line in Data(text.readableBytesView).split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                items.append(try ReconciliationLine.item(from: Data(line)))
            } catch {
                throw PartnerCenterError(
                    kind: .malformedResponse(field: "export line \(items.count + 1)"), operation: operation, detail: "not a JSON object")
            }
        }
        return items
    }

    private static func object(_ data: Data, field: String, operation: String) throws -> [String: Any] {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw PartnerCenterError(kind: .malformedResponse(field: field), operation: operation, detail: "not a JSON object")
        }
        return object
    }
}
