import ParallaxCore

/// One article to insert or update in an ingest batch, analyzed and placed.
public struct IngestRecord: Sendable {
    /// Stream position (new articles: the next free one; updates: the stored one).
    public var seq: Int
    /// The article as read.
    public var article: Article
    /// Matching key.
    public var ref: String
    /// Hash of the normalized text.
    public var contentHash: String
    /// The encoded analysis document.
    public var analysis: [UInt8]
    /// The analysis encoding (`AnalysisCodec.format`).
    public var analysisFormat: String
    /// Entity names for search, one per line.
    public var entities: String
    /// Final story at the end of the batch (nil: boilerplate in no story); ignored for updates.
    public var story: Int?
    /// The original when it is a copy.
    public var duplicateOf: String?
    /// Boilerplate page.
    public var boilerplate: Bool

    /// Creates a record.
    public init(
        seq: Int, article: Article, ref: String, contentHash: String, analysis: [UInt8], analysisFormat: String, entities: String,
        story: Int?, duplicateOf: String?, boilerplate: Bool
    ) {
        self.seq = seq
        self.article = article
        self.ref = ref
        self.contentHash = contentHash
        self.analysis = analysis
        self.analysisFormat = analysisFormat
        self.entities = entities
        self.story = story
        self.duplicateOf = duplicateOf
        self.boilerplate = boilerplate
    }
}
