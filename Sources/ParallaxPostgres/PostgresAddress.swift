import ParallaxStore
import Foundation
import PostgresNIO

/// Where a PostgreSQL database is: parsed from `postgres://user:password@host:port/name` (or
/// `postgresql://`), the form every PostgreSQL tool takes. `sslmode=require` asks for TLS; the default is
/// a plain connection, as for a server on the same machine or network.
public struct PostgresAddress: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var requireTLS: Bool

    /// Parses `url`; nil when it is not a PostgreSQL URL with a host.
    public init?(url: String) {
        guard PostgresStore.isURL(url), let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return nil
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let name = String(components.path.drop { $0 == "/" })
        database = name.isEmpty ? user : (name.removingPercentEncoding ?? name)
        requireTLS = components.queryItems?.contains { $0.name == "sslmode" && ["require", "verify-ca", "verify-full"].contains($0.value ?? "") } ?? false
    }

    /// The address for messages: no password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// The connection settings postgres-nio takes.
    func configuration() throws(StoreError) -> PostgresConnection.Configuration {
        var tls = PostgresConnection.Configuration.TLS.disable
        if requireTLS {
            do {
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            } catch {
                throw StoreError.database(path: description, message: "cannot set up TLS: \(error)")
            }
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }
}
