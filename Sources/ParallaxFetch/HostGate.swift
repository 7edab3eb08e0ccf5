/// Politeness per host: one request at a time to a host, a pause between two, longer when the host
/// asked for it (`Retry-After`). Hosts never wait for each other.
actor HostGate {
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var notBefore: [String: ContinuousClock.Instant] = [:]
    private let delay: Duration

    /// A gate pausing `delay` seconds between two requests to one host.
    init(delay: Double) {
        self.delay = .milliseconds(Int(max(0, delay) * 1000))
    }

    /// Waits for the host's turn, and for its pause to pass.
    func enter(_ host: String) async {
        while busy.contains(host) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        }
        busy.insert(host)
        if let instant = notBefore[host], instant > .now { try? await Task.sleep(until: instant, clock: .continuous) }
    }

    /// Ends the host's turn; the next request to it waits the pause, or `retryAfter` when longer.
    func leave(_ host: String, retryAfter: Duration? = nil) {
        busy.remove(host)
        notBefore[host] = .now + max(delay, retryAfter ?? .zero)
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        }
    }
}
