/// How Parallax fetches over HTTP: identity, limits, patience and politeness.
public struct FetchSettings: Sendable {
    /// The User-Agent header: who is asking, and where to read about it.
    public var userAgent = "Parallax/0.9 (news reconciliation; +https://github.com/parallax-news/parallax)"
    /// The product token matched against robots.txt groups.
    public var robotsAgent = "parallax"
    /// Seconds to establish a connection.
    public var connectTimeout = 10.0
    /// Seconds without a byte before a response is abandoned.
    public var readTimeout = 20.0
    /// Seconds for a whole request, body included.
    public var totalTimeout = 60.0
    /// Largest body read (after decompression); larger ones are refused.
    public var maxBytes = 10 << 20
    /// Redirects followed per fetch.
    public var maxRedirects = 5
    /// Further attempts after a server error or network failure (never after a 4xx).
    public var retries = 2
    /// Seconds before the first retry; each next one waits twice as long.
    public var backoff = 1.0
    /// Seconds between two requests to one host (a `Retry-After` can ask for more).
    public var hostDelay = 1.0
    /// Longest `Retry-After` honoured, in seconds (a longer one fails the fetch instead of stalling).
    public var maxRetryAfter = 120.0
    /// Whether pages are checked against the site's robots.txt.
    public var honourRobots = true
    /// Whether loopback and private addresses may be fetched.
    public var allowPrivate = false

    /// The defaults.
    public init() {}
}
