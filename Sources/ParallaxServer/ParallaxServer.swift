import Foundation
import Hummingbird
import Logging
import ParallaxStore

/// The HTTP server of `parallax serve`: the JSON API (`/api/…`, `/openapi.json`) and the web pages over
/// one store, with the security headers and problem-detail errors on every response.
public struct ParallaxServer: Sendable {
    /// Where and how to listen.
    public var settings: ServerSettings
    /// The store served.
    public let store: any CoverageStore

    /// A server for `store`.
    public init(store: any CoverageStore, settings: ServerSettings) {
        self.store = store
        self.settings = settings
    }

    /// The router with every route and middleware.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeadersMiddleware(maxQueryBytes: settings.maxQueryBytes))
        let access = StoreAccess(store: store)
        APIRoutes(access: access, poster: ArticlePoster(store: store), settings: settings).add(to: router)
        PageRoutes(access: access, settings: settings).add(to: router)
        return router
    }

    /// Serves until the process is interrupted (SIGINT/SIGTERM end it cleanly); `onRunning` gets the
    /// port actually bound (useful with port 0).
    public func run(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        var logger = Logger(label: "parallax")
        logger.logLevel = .warning
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Parallax"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}
