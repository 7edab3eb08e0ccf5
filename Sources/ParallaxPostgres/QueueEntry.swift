import ParallaxCore

/// An article in the work queue: its place in the stream (`qid`), its key and content hash, and — once a
/// worker analyzed it — the encoded analysis, story profile and entity names.
public struct QueueEntry: Sendable {
    public var qid: Int
    public var article: Article
    public var ref: String
    public var contentHash: String
    /// Claims so far (a claim whose lease expired counts too).
    public var attempts: Int
    /// Filled once analyzed.
    public var analysis: [UInt8]?
    public var profile: [UInt8]?
    public var entities: String?
    /// Whether its lease has run out (or it was never claimed).
    public var leaseExpired: Bool
}
