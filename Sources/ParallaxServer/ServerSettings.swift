/// How `parallax serve` listens and what it accepts.
public struct ServerSettings: Sendable, Hashable {
    /// The address to bind: loopback unless the user names another.
    public var host = "127.0.0.1"
    /// The port (0: any free port, printed at start).
    public var port = 8080
    /// The bearer token `POST /api/articles` needs; required when `host` is not loopback (without one,
    /// posting is refused there).
    public var token: String?
    /// Largest request body accepted (bytes).
    public var maxBodyBytes = 8 << 20
    /// Longest query string accepted (bytes).
    public var maxQueryBytes = 4_096
    /// Stories per page of the story list.
    public var pageSize = 50

    /// Default settings.
    public init() {}

    /// Whether `host` is a loopback address.
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}
