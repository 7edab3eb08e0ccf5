import AsyncHTTPClient

/// One `HTTPClient` per host and checked address, kept for reuse (its connections stay open between
/// requests to the host) instead of one per request: a watcher making thousands of requests keeps a
/// bounded set. The least recently used client beyond `capacity` is shut down.
actor ClientPool {
    private var clients: [String: (client: HTTPClient, used: UInt64)] = [:]
    private var clock: UInt64 = 0
    private let capacity: Int
    private let configuration: HTTPClient.Configuration
    private var closed = false

    /// A pool of at most `capacity` clients made from `configuration`.
    init(configuration: HTTPClient.Configuration, capacity: Int = 32) {
        self.configuration = configuration
        self.capacity = max(1, capacity)
    }

    /// The client that connects `host` to `address` (the address the SSRF guard checked).
    func client(host: String, address: String) -> HTTPClient {
        clock += 1
        let key = host + "|" + address
        if let entry = clients[key] {
            clients[key] = (entry.client, clock)
            return entry.client
        }
        var configuration = self.configuration
        configuration.dnsOverride = [host: address]
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[key] = (client, clock)
        if clients.count > capacity, let oldest = clients.min(by: { $0.value.used < $1.value.used }) {
            clients[oldest.key] = nil
            let retired = oldest.value.client
            Task { try? await retired.shutdown() }
        }
        return client
    }

    /// Shuts every client down (the fetcher's last act).
    func shutdown() async {
        let all = clients.values.map(\.client)
        clients = [:]
        for client in all { try? await client.shutdown() }
    }
}
