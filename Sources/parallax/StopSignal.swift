import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM as a flag a long-running loop (watch, worker) reads between steps and while it sleeps.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var sources: [DispatchSourceSignal] = []
    /// What is said on standard error when a stop is requested.
    private let message: String

    init(message: String = "watch: stopping once the round in hand is stored") {
        self.message = message
        // A parent may have started us with these signals blocked; a watcher must hear them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    var requested: Bool { lock.withLock { stopped } }

    private func request() {
        lock.withLock { stopped = true }
        StandardError.print(message)
    }

    /// Sleeps `seconds`, waking early when a stop is requested.
    func sleep(seconds: Double) async {
        let end = Date().addingTimeInterval(seconds)
        while !requested, Date() < end {
            try? await Task.sleep(for: .milliseconds(Int(min(0.2, end.timeIntervalSinceNow) * 1000) + 1))
        }
    }
}
