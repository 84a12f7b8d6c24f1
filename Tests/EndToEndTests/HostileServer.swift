import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP server on loopback that misbehaves on purpose, one thread per connection, writing raw bytes so
/// it can do what a well-behaved server library would not: stall, drip, never end, redirect elsewhere.
///
/// Every server answers the token endpoints (`…/oauth2/token`, `…/oauth2/v2.0/token`) with a bearer token, and
/// `…/devicecode` with `deviceCodeAnswer`; every other request gets `behaviour`. It records each request's
/// path and `Authorization` header.
final class HostileServer: @unchecked Sendable {
    enum Behaviour: Sendable {
        /// An empty customer collection after `seconds`.
        case slowAnswer(seconds: Double)
        /// A chunked body that never ends (64 KiB chunks as fast as the client reads).
        case endlessChunked
        /// A body announced as 1 MB, sent one byte every `interval` seconds.
        case drip(interval: Double)
        /// A JSON-looking body of `bytes` with its Content-Length, sent as fast as the client reads.
        case huge(bytes: Int)
        /// A 302 to `location`.
        case redirect(location: String)
        /// A customer page whose next link is the same page, for ever.
        case loopingNext
        /// An empty customer collection at once.
        case emptyCollection
    }

    struct Recorded: Sendable {
        var method: String
        var path: String
        var authorization: String?
    }

    let host: String
    private(set) var port: Int = 0
    let behaviour: Behaviour
    /// The device-code answer, for `pcres login` tests.
    var deviceCodeAnswer = #"{"device_code":"d","user_code":"ABCD-1234","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":1}"#
    private let listener: Int32
    private let lock = NSLock()
    private var recorded: [Recorded] = []
    private var stopped = false

    /// The requests seen so far.
    var requests: [Recorded] { lock.withLock { recorded } }
    var url: URL { URL(string: "http://\(host):\(port)")! }

    init(host: String = "127.0.0.1", behaviour: Behaviour) throws {
        self.host = host
        self.behaviour = behaviour
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw Failure("socket: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw Failure("not an IPv4 address: \(host)") }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw Failure("bind/listen on \(host): errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        let acceptor = Thread { [self] in acceptLoop() }
        acceptor.start()
    }

    deinit { stop() }

    func stop() {
        let wasStopped = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        if !wasStopped {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Thread { [self] in
                serve(connection)
                close(connection)
            }.start()
        }
    }

    private func serve(_ connection: Int32) {
        while let (method, path, headers) = readRequest(connection) {
            lock.withLock { recorded.append(Recorded(method: method, path: path, authorization: headers["authorization"])) }
            let keepOpen: Bool
            if path.hasSuffix("/oauth2/token") || path.hasSuffix("/oauth2/v2.0/token") {
                keepOpen = respond(connection, body: #"{"token_type":"Bearer","expires_in":3600,"access_token":"hostile.access.token.value"}"#)
            } else if path.hasSuffix("/devicecode") {
                keepOpen = respond(connection, body: deviceCodeAnswer)
            } else {
                keepOpen = misbehave(connection, path: path)
            }
            if !keepOpen || isStopped { return }
        }
    }

    /// The answer of `behaviour`; false when the connection is finished.
    private func misbehave(_ connection: Int32, path: String) -> Bool {
        switch behaviour {
        case .slowAnswer(let seconds):
            Thread.sleep(forTimeInterval: seconds)
            return respond(connection, body: Self.emptyCollection)
        case .emptyCollection:
            return respond(connection, body: Self.emptyCollection)
        case .redirect(let location):
            return write(connection, "HTTP/1.1 302 Found\r\nLocation: \(location)\r\nContent-Length: 0\r\n\r\n")
        case .loopingNext:
            let page = #"{"totalCount":1,"items":[{"id":"c1","companyProfile":{"companyName":"Loop"}}],"links":{"next":{"uri":"/customers?size=100","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"same"}]}},"attributes":{"objectType":"Collection"}}"#
            return respond(connection, body: page)
        case .endlessChunked:
            guard write(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n") else { return false }
            let chunk = "10000\r\n" + String(repeating: "a", count: 0x10000) + "\r\n"
            while !isStopped, write(connection, chunk) {}
            return false
        case .drip(let interval):
            guard write(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n") else { return false }
            while !isStopped, write(connection, " ") { Thread.sleep(forTimeInterval: interval) }
            return false
        case .huge(let bytes):
            guard write(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(bytes)\r\n\r\n") else { return false }
            let block = String(repeating: " ", count: 0x10000)
            var sent = 0
            while sent < bytes, !isStopped {
                let part = min(block.utf8.count, bytes - sent)
                guard write(connection, String(block.prefix(part))) else { return false }
                sent += part
            }
            return false
        }
    }

    static let emptyCollection = #"{"totalCount":0,"items":[],"attributes":{"objectType":"Collection"}}"#

    private func respond(_ connection: Int32, body: String) -> Bool {
        write(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
    }

    /// Writes all of `text`; false once the client has gone.
    private func write(_ connection: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeMutableBytes { send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Reads one request head and its body (by Content-Length); nil when the client closed the connection.
    private func readRequest(_ connection: Int32) -> (String, String, [String: String])? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { return nil }
            data += buffer[0..<count]
            headEnd = data.indices.dropLast(3).first { Array(data[$0..<$0 + 4]) == end }
        }
        let head = String(decoding: data[0..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var remaining = Int(headers["content-length"] ?? "0") ?? 0
        remaining -= data.count - (headEnd! + 4)
        while remaining > 0 {
            let count = recv(connection, &buffer, min(buffer.count, remaining), 0)
            if count <= 0 { return nil }
            remaining -= count
        }
        return (String(requestLine[0]), String(requestLine[1]), headers)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
