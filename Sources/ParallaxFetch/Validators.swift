/// What a conditional GET sends so that an unchanged resource is answered 304 without a body.
public struct Validators: Sendable, Hashable {
    /// The `ETag` from the last fetch (sent as `If-None-Match`).
    public var etag: String?
    /// The `Last-Modified` from the last fetch (sent as `If-Modified-Since`).
    public var lastModified: String?

    /// Validators from a previous response.
    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}
