import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the fetch tests, written on plain sockets so that it can
/// misbehave on purpose: answer late, reset the connection, end a body early, promise 50 MB.
final class LocalHTTPServer: @unchecked Sendable {
    /// What the server does for one request.
    indirect enum Reply {
        case response(status: Int, headers: [String: String], body: [UInt8])
        case slow(seconds: Double, Reply)
        case reset
        case truncated(declared: Int, body: [UInt8])
        case huge(bytes: Int)
    }

    private let socket: Int32
    let port: Int
    private let handler: @Sendable (_ path: String, _ headers: [String: String]) -> Reply
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Starts serving on a free loopback port.
    init(_ handler: @escaping @Sendable (_ path: String, _ headers: [String: String]) -> Reply) throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The base URL, `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// How many requests `path` has had.
    func requests(_ path: String) -> Int { lock.withLock { counts[path] ?? 0 } }

    func stop() { shutdown(socket, Int32(SHUT_RDWR)); close(socket) }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.containsTerminator {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { close(client); return }
            request.append(contentsOf: buffer[0..<count])
            if request.count > 65_536 { close(client); return }
        }
        let text = String(decoding: request, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        lock.withLock { counts[path, default: 0] += 1 }
        answer(client, handler(path, headers))
    }

    private func answer(_ client: Int32, _ reply: Reply) {
        switch reply {
        case .response(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            send(client, Array((head + "\r\n").utf8) + body)
            close(client)
        case .slow(let seconds, let next):
            Thread.sleep(forTimeInterval: seconds)
            answer(client, next)
        case .reset:
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            close(client)
        case .truncated(let declared, let body):
            send(client, Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(declared)\r\n\r\n".utf8) + body)
            close(client)
        case .huge(let bytes):
            send(client, Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(bytes)\r\n\r\n".utf8))
            let chunk = [UInt8](repeating: 0x61, count: 1 << 16)
            var sent = 0
            while sent < bytes {
                guard Glibc.send(client, chunk, chunk.count, Int32(MSG_NOSIGNAL)) > 0 else { break }
                sent += chunk.count
            }
            close(client)
        }
    }

    private func send(_ client: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            offset += written
        }
    }
}

extension [UInt8] {
    fileprivate var containsTerminator: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return true
        }
        return false
    }
}
