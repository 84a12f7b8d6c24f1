import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The served sandbox's trainer controls (`/sandbox/...`, no token): faults, and every order whether Partner
/// Center's list would show it yet or not.
struct SandboxControl {
    let url: URL

    /// Sends one request and waits for the answer (tests are synchronous).
    func send(_ method: String, _ path: String, json: String? = nil) throws -> (status: Int, body: Data) {
        var request = URLRequest(url: url.appendingPathComponent(path))
        request.httpMethod = method
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let box = CLIProcess.LockedData()
        let status = StatusBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            status.set((response as? HTTPURLResponse)?.statusCode ?? 0)
            box.set(data ?? Data())
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 30) == .success else { throw TmuxSession.Failure.commandFailed("\(method) \(path) timed out") }
        return (status.value, box.value)
    }

    /// Adds fault rules (see README "Controls").
    func inject(_ rulesJSON: String) throws {
        let answer = try send("POST", "sandbox/faults", json: #"{"rules":\#(rulesJSON)}"#)
        guard answer.status == 201 else { throw TmuxSession.Failure.commandFailed("faults answered \(answer.status)") }
    }

    func clearFaults() throws { _ = try send("DELETE", "sandbox/faults") }

    /// Closes the billing period: the unbilled charges go on a new invoice per currency; returns their IDs.
    func closeMonth() throws -> [String] {
        let answer = try send("POST", "sandbox/invoices/close")
        guard answer.status == 200 else { throw TmuxSession.Failure.commandFailed("invoices/close answered \(answer.status)") }
        let document = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return (document?["invoiceIds"] as? [String]) ?? []
    }

    /// IDs of every order of the customer, listed or not.
    func allOrderIDs(customer: String) throws -> [String] {
        let answer = try send("GET", "sandbox/customers/\(customer)/orders")
        let document = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        return ((document?["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }

    /// An Int set from another thread.
    final class StatusBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = 0
        func set(_ value: Int) { lock.withLock { stored = value } }
        var value: Int { lock.withLock { stored } }
    }
}
