/// The knobs of online story clustering, with defaults chosen on the training halves of the
/// development corpora (see `docs/stories.md`).
public struct StoryClusterSettings: Sendable, Hashable, Codable {
    /// Least story-match probability for an article to join a story (default: the model's threshold).
    public var joinThreshold: Double
    /// Least story-match probability for a boilerplate page (placed by its headline alone) to be shown
    /// with a story; nil: the join threshold.
    public var boilerplateThreshold: Double?
    /// Least probability of a second story, besides the one joined, for the article to merge the two.
    public var mergeThreshold: Double
    /// Days without a new article after which a dated story closes.
    public var windowDays: Int
    /// Arrivals without a new article after which a story closes (for undated streams).
    public var windowArrivals: Int
    /// Most candidate stories scored per article.
    public var maximumCandidates: Int
    /// Heaviest term, name and place ids kept in a story's sums.
    public var centroidTerms: Int
    /// Heaviest term ids of an article used to look up and index candidates.
    public var indexTerms: Int
    /// Keys indexing more open stories than this are not used to look up candidates.
    public var commonKeyStories: Int

    /// Creates settings.
    public init(
        joinThreshold: Double = 0.3, mergeThreshold: Double = 0.7, windowDays: Int = 1_000, windowArrivals: Int = 20_000,
        maximumCandidates: Int = 30, centroidTerms: Int = 300, indexTerms: Int = 12, commonKeyStories: Int = 100,
        boilerplateThreshold: Double? = 0.15
    ) {
        self.joinThreshold = joinThreshold
        self.boilerplateThreshold = boilerplateThreshold
        self.mergeThreshold = mergeThreshold
        self.windowDays = windowDays
        self.windowArrivals = windowArrivals
        self.maximumCandidates = maximumCandidates
        self.centroidTerms = centroidTerms
        self.indexTerms = indexTerms
        self.commonKeyStories = commonKeyStories
    }
}
