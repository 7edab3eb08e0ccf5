/// Why a fetch failed, each case one line for the user (`description`).
public enum FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not an absolute http or https URL.
    case unsupportedURL(String)
    /// The host name did not resolve.
    case unresolvable(host: String)
    /// The host resolves to an address Parallax does not fetch from without `--allow-private`.
    case refusedAddress(host: String, address: String, kind: AddressKind)
    /// robots.txt of the site disallows the page.
    case disallowedByRobots(url: String)
    /// The server answered with an error status (after the retries, for 5xx).
    case status(Int, url: String)
    /// More redirects than allowed.
    case tooManyRedirects(url: String, limit: Int)
    /// A redirect led back to a URL already visited.
    case redirectLoop(url: String)
    /// A redirect without a usable Location.
    case badRedirect(url: String)
    /// The response (or its decompressed body) was larger than the cap.
    case tooLarge(url: String, limit: Int)
    /// No response in time.
    case timedOut(url: String)
    /// The connection failed or broke (refused, reset, closed before the body ended).
    case network(url: String, reason: String)
    /// The content is not what was asked for (an image where a page or feed was expected).
    case wrongContentType(url: String, type: String)

    public var description: String {
        switch self {
        case .unsupportedURL(let url): "not an http or https URL: \(url)"
        case .unresolvable(let host): "cannot resolve host \(host)"
        case .refusedAddress(let host, let address, let kind):
            host == address || host == "[\(address)]"
                ? "refused: \(host) is a \(kind.rawValue) address (use --allow-private to fetch from it)"
                : "refused: \(host) resolves to \(address), a \(kind.rawValue) address (use --allow-private to fetch from it)"
        case .disallowedByRobots(let url): "robots.txt disallows \(url)"
        case .status(let code, let url): "HTTP \(code) from \(url)"
        case .tooManyRedirects(let url, let limit): "more than \(limit) redirects from \(url)"
        case .redirectLoop(let url): "redirect loop at \(url)"
        case .badRedirect(let url): "redirect without a usable Location from \(url)"
        case .tooLarge(let url, let limit):
            limit > 0 ? "response from \(url) larger than \(ByteCount.text(limit)); not read" : "response from \(url) inflates past the size cap; not read"
        case .timedOut(let url): "timed out fetching \(url)"
        case .network(let url, let reason): "network error fetching \(url): \(reason)"
        case .wrongContentType(let url, let type): "\(url) is \(type), not a page or feed"
        }
    }

    /// Whether trying again later may succeed: server errors and network trouble, never a 4xx.
    var isTransient: Bool {
        switch self {
        case .status(let code, _): code >= 500
        case .timedOut, .network: true
        default: false
        }
    }
}

/// Byte counts for messages.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}
