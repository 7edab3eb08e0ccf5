import ArgumentParser
import Foundation
import ParallaxServer
import ParallaxStore

/// `parallax serve`: the store over HTTP — a JSON API and web pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the database over HTTP: web pages at /, a JSON API at /api (described at /openapi.json).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on (loopback by default; another address needs --token for POST).")
    var host = "127.0.0.1"

    @Option(help: "Port (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "Bearer token that POST /api/articles needs (default: $PARALLAX_TOKEN); required beyond loopback.")
    var token: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let store = try database.open(create: true)
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.token = token ?? ProcessInfo.processInfo.environment["PARALLAX_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if !settings.isLoopback, settings.token == nil {
            StandardError.print("parallax: listening beyond loopback without --token: POST /api/articles is refused")
        }
        let server = ParallaxServer(store: store, settings: settings)
        try await server.run { port in
            StandardError.print("parallax: serving \(store.location) at http://\(host):\(port)/")
        }
    }
}
