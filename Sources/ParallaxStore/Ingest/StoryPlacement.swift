import ParallaxCore

/// New articles, analyzed, placed into stories in stream order: the records and merges one batch
/// stores. Shared by the in-process ingest and the workers' clustering step, so both place articles
/// the same way.
public struct StoryPlacement: Sendable {
    /// One analyzed article to place.
    public struct Input: Sendable {
        public var article: Article
        public var ref: String
        public var contentHash: String
        public var profile: StoryProfile
        /// The encoded analysis (`AnalysisCodec.format`).
        public var analysis: [UInt8]
        public var entities: String

        public init(article: Article, ref: String, contentHash: String, profile: StoryProfile, analysis: [UInt8], entities: String) {
            self.article = article
            self.ref = ref
            self.contentHash = contentHash
            self.profile = profile
            self.analysis = analysis
            self.entities = entities
        }
    }

    /// The records to insert, each with its final story (merges during the batch followed).
    public var inserts: [IngestRecord] = []
    /// Stories absorbed during the batch, each with the story it now belongs to.
    public var merges: [(absorbed: Int, into: Int)] = []
    /// Copies and boilerplate pages among the inputs.
    public var copies = 0
    public var boilerplate = 0

    /// Places `inputs` in order with `clusterer`, numbering them from `nextSeq` (both advanced).
    public init(_ inputs: [Input], clusterer: inout StoryClusterer, nextSeq: inout Int) {
        var absorbed: [Int] = []
        for input in inputs {
            let assignment = clusterer.add(input.profile)
            absorbed += assignment.merged
            if assignment.duplicateOf != nil { copies += 1 }
            if assignment.boilerplate { boilerplate += 1 }
            inserts.append(
                IngestRecord(
                    seq: nextSeq, article: input.article, ref: input.ref, contentHash: input.contentHash, analysis: input.analysis,
                    analysisFormat: AnalysisCodec.format, entities: input.entities, story: assignment.story,
                    duplicateOf: assignment.duplicateOf, boilerplate: assignment.boilerplate))
            nextSeq += 1
        }
        for index in inserts.indices {
            inserts[index].story = inserts[index].story.map { clusterer.story(of: $0) }
        }
        merges = absorbed.map { ($0, clusterer.story(of: $0)) }
    }
}
