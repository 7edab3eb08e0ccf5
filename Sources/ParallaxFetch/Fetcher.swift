import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Fetches pages and feeds over HTTP(S) with `async-http-client`, politely and safely: the SSRF guard
/// on the resolved address of every connection (redirects are followed here, one checked hop at a
/// time, up to `maxRedirects`, loops refused), conditional GET, gzip/deflate, connect/read/total
/// timeouts, a size cap, one request at a time per host with a pause and `Retry-After`, robots.txt for
/// pages, retries with backoff on 5xx and network errors (never on a 4xx), a clear User-Agent.
///
/// Why async-http-client and not FoundationNetworking: it lets the connection go to the address the
/// guard checked (`dnsOverride`, keeping TLS name checks on the host name), stream a body with a cap,
/// and bound connect and read times separately; URLSession on Linux resolves names itself, after any
/// check we could make.
public final class Fetcher: Sendable {
    /// What is fetched: pages honour robots.txt, feeds do not (a feed is published to be polled).
    public enum Kind: Sendable {
        case page
        case feed
    }

    let settings: FetchSettings
    let guardrail: AddressGuard
    private let gate: HostGate
    private let robots: RobotsCache
    private let pool: ClientPool

    /// A fetcher with `settings`; `resolver` turns host names into addresses (a stub in tests).
    public init(settings: FetchSettings = FetchSettings(), resolver: any HostResolver = SystemResolver()) {
        self.settings = settings
        self.guardrail = AddressGuard(allowPrivate: settings.allowPrivate, resolver: resolver)
        self.gate = HostGate(delay: settings.hostDelay)
        self.robots = RobotsCache()
        self.pool = ClientPool(
            configuration: HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: .init(
                    connect: .milliseconds(Int64(settings.connectTimeout * 1000)), read: .milliseconds(Int64(settings.readTimeout * 1000))),
                decompression: .enabled(limit: .size(settings.maxBytes))))
    }

    /// Closes the connections kept open; call once done (a fetcher must not be used after it).
    public func shutdown() async {
        await pool.shutdown()
    }

    /// Fetches `url`, following redirects; `validators` make it conditional (a 304 comes back as such).
    public func fetch(_ url: String, kind: Kind, validators: Validators? = nil) async throws(FetchError) -> FetchedResponse {
        var current = url
        var visited: Set<String> = [url]
        for _ in 0...settings.maxRedirects {
            let target = try Self.parse(current)
            if kind == .page, settings.honourRobots, try await !robotsAllow(target) { throw .disallowedByRobots(url: current) }
            let response = try await withRetries(target, validators: validators)
            if (300..<400).contains(response.status), response.status != 304 {
                guard let location = response.location, let next = URL(string: location, relativeTo: target.url)?.absoluteURL.absoluteString else {
                    throw .badRedirect(url: current)
                }
                guard visited.insert(next).inserted else { throw .redirectLoop(url: next) }
                current = next
                continue
            }
            if response.status >= 400 { throw .status(response.status, url: current) }
            return FetchedResponse(
                url: current, status: response.status, contentType: response.contentType, etag: response.etag,
                lastModified: response.lastModified, body: response.body)
        }
        throw .tooManyRedirects(url: url, limit: settings.maxRedirects)
    }

    /// A URL Parallax may fetch: absolute, http or https, with a host.
    struct Target: Sendable {
        let url: URL
        let host: String
        let origin: String
        let path: String
    }

    static func parse(_ text: String) throws(FetchError) -> Target {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw .unsupportedURL(text) }
        let port = url.port.map { ":\($0)" } ?? ""
        let query = url.query.map { "?\($0)" } ?? ""
        return Target(url: url, host: host.lowercased(), origin: "\(scheme)://\(host.lowercased())\(port)", path: (url.path.isEmpty ? "/" : url.path) + query)
    }

    /// One response as read, before redirects are followed.
    struct RawResponse: Sendable {
        var status: Int
        var location: String?
        var contentType: String?
        var etag: String?
        var lastModified: String?
        var retryAfter: Double?
        var body: [UInt8]
    }

    /// `once`, again after a server error or network failure, waiting longer each time (or what
    /// `Retry-After` asks, up to `maxRetryAfter`).
    private func withRetries(_ target: Target, validators: Validators?) async throws(FetchError) -> RawResponse {
        var attempt = 0
        while true {
            var failure: FetchError
            var wait = settings.backoff * pow(2, Double(attempt))
            do throws(FetchError) {
                let response = try await politely(target) { () async throws(FetchError) in try await self.once(target, validators: validators) }
                guard response.status >= 500 else { return response }
                failure = .status(response.status, url: target.url.absoluteString)
                if let after = response.retryAfter {
                    guard after <= settings.maxRetryAfter else { throw failure }
                    wait = max(wait, after)
                }
            } catch {
                failure = error
            }
            guard failure.isTransient, attempt < settings.retries else { throw failure }
            attempt += 1
            try? await Task.sleep(for: .milliseconds(Int(wait * 1000)))
        }
    }

    /// Runs `body` in the host's turn, passing its `Retry-After` (on 429 and 503) on to the gate.
    private func politely(_ target: Target, _ body: () async throws(FetchError) -> RawResponse) async throws(FetchError) -> RawResponse {
        await gate.enter(target.host)
        do {
            let response = try await body()
            let asked = response.retryAfter.map { Duration.milliseconds(Int(min($0, settings.maxRetryAfter) * 1000)) }
            await gate.leave(target.host, retryAfter: response.status == 429 || response.status == 503 ? asked : nil)
            return response
        } catch {
            await gate.leave(target.host)
            throw error
        }
    }

    /// One request to the address the guard allows for the host.
    private func once(_ target: Target, validators: Validators?) async throws(FetchError) -> RawResponse {
        let address = try guardrail.address(for: target.host)
        let client = await pool.client(host: target.host, address: address)
        let result: Result<RawResponse, FetchError>
        do {
            result = .success(try await exchange(client, target, validators: validators))
        } catch let error as FetchError {
            result = .failure(error)
        } catch {
            result = .failure(Self.failure(error, url: target.url.absoluteString))
        }
        return try result.get()
    }

    private func exchange(_ client: HTTPClient, _ target: Target, validators: Validators?) async throws -> RawResponse {
        var request = HTTPClientRequest(url: target.url.absoluteString)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators?.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let modified = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: modified) }
        let url = target.url.absoluteString
        let response = try await client.execute(request, timeout: .milliseconds(Int64(settings.totalTimeout * 1000)))
        let headers = response.headers
        var raw = RawResponse(
            status: Int(response.status.code), location: headers.first(name: "Location"), contentType: headers.first(name: "Content-Type")?.lowercased(),
            etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"),
            retryAfter: headers.first(name: "Retry-After").flatMap(Self.seconds), body: [])
        // A declared length over the cap is refused before reading; the read is capped either way (the
        // decompressed size too, by the client's decompression limit).
        if let length = headers.first(name: "Content-Length").flatMap(Int.init), length > settings.maxBytes {
            throw FetchError.tooLarge(url: url, limit: settings.maxBytes)
        }
        guard raw.status == 200 || raw.status >= 500 && raw.status < 600 || raw.status == 203 else { return raw }
        for try await buffer in response.body {
            guard raw.body.count + buffer.readableBytes <= settings.maxBytes else { throw FetchError.tooLarge(url: url, limit: settings.maxBytes) }
            raw.body.append(contentsOf: buffer.readableBytesView)
        }
        return raw
    }

    /// A `Retry-After` in seconds: a number, or an HTTP date.
    static func seconds(_ value: String) -> Double? {
        if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }

    /// A client error in the fetcher's terms.
    static func failure(_ error: any Error, url: String) -> FetchError {
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout, .readTimeout, .deadlineExceeded, .tlsHandshakeTimeout: return .timedOut(url: url)
            default: break
            }
        }
        // The decompressor's limit (NIOHTTPCompression's DecompressionError): a body that inflates past the cap.
        if String(describing: type(of: error)).contains("Decompression") { return .tooLarge(url: url, limit: 0) }
        let text = String(describing: error)
        let known = [
            ("Connection reset", "connection reset"), ("Connection refused", "connection refused"),
            ("stream ended at an unexpected time", "connection closed before the body ended"), ("remoteConnectionClosed", "connection closed by the server"),
            ("Network is unreachable", "network unreachable"), ("No route to host", "no route to host"),
        ]
        let reason = known.first { text.contains($0.0) }?.1 ?? (text.count > 120 ? String(text.prefix(119)) + "…" : text)
        return .network(url: url, reason: reason)
    }

    /// Whether robots.txt of the target's site allows its path (fetched once per site and kept; a 4xx
    /// means no rules, a server error or no answer means none allowed, as RFC 9309 says).
    private func robotsAllow(_ target: Target) async throws(FetchError) -> Bool {
        if let rules = await robots.rules(for: target.origin) { return rules.allows(target.path) }
        let rules: RobotsRules
        do throws(FetchError) {
            let robotsTarget = try Self.parse(target.origin + "/robots.txt")
            let response = try await politely(robotsTarget) { () async throws(FetchError) in try await self.once(robotsTarget, validators: nil) }
            switch response.status {
            case 200: rules = RobotsRules(String(decoding: response.body.prefix(512 * 1024), as: UTF8.self), agent: settings.robotsAgent)
            case 400..<500, 300..<400: rules = .allowAll
            default: rules = .disallowAll
            }
        } catch {
            if case .refusedAddress = error { throw error }
            if case .unresolvable = error { throw error }
            rules = .disallowAll
        }
        await robots.keep(rules, for: target.origin)
        return rules.allows(target.path)
    }
}

/// robots.txt rules by site, as fetched.
actor RobotsCache {
    private var rules: [String: RobotsRules] = [:]

    func rules(for origin: String) -> RobotsRules? { rules[origin] }

    func keep(_ rules: RobotsRules, for origin: String) {
        if self.rules.count > 10_000 { self.rules.removeAll() }
        self.rules[origin] = rules
    }
}
