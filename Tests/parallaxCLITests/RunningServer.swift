import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `parallax serve` process started for a test on 127.0.0.1 and a free port, stopped (SIGTERM) when
/// the test is done.
final class RunningServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let errorFile: URL

    /// Starts the server on `database` and waits (up to 20 s) for it to say where it listens.
    init(database: String, in folder: URL) throws {
        errorFile = folder.appendingPathComponent("serve-\(UUID().uuidString).err")
        try Data().write(to: errorFile)
        let handle = try FileHandle(forWritingTo: errorFile)
        process.executableURL = try ParallaxProcess.binary()
        process.arguments = ["serve", "--db", database, "--port", "0"]
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            let text = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                found = Int(text[range].split(separator: ":").last?.dropLast() ?? "")
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard let found else {
            process.terminate()
            throw ServerDidNotStart(log: String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self))
        }
        port = found
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// One exchange with the server.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] }
    }

    /// Sends a request to `path` (with its query) and returns the reply.
    func request(_ path: String, method: String = "GET", body: Data? = nil, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)\(path)")))
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return Reply(status: http.statusCode, headers: fields, body: String(decoding: data, as: UTF8.self))
    }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        var log: String
        var description: String { "parallax serve did not start: \(log)" }
    }
}
