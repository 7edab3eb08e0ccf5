import ParallaxCore

/// One article analyzed and ready to store: the analysis, its story profile, its stored encoding
/// and its entity names for search.
public struct AnalyzedRecord: Sendable {
    public var analysis: AnalyzedArticle
    public var profile: StoryProfile
    public var bytes: [UInt8]
    public var entities: String

    /// Analyzes `article` with `analyzer` and prepares what the store writes.
    public init(_ article: Article, analyzer: Analyzer) throws(StoreError) {
        let analysis = analyzer.analyze(article)
        self.analysis = analysis
        profile = StoryProfile(analysis)
        bytes = try AnalysisCodec.encode(analysis)
        entities = Self.entityNames(analysis)
    }

    /// The entity names of an analysis for search: each resolved entity's name and aliases, once.
    static func entityNames(_ analysis: AnalyzedArticle) -> String {
        var seen = Set<String>()
        var names: [String] = []
        for cluster in analysis.clusters {
            for name in [cluster.name] + cluster.aliases where seen.insert(name.lowercased()).inserted {
                names.append(name.replacingOccurrences(of: "\n", with: " "))
            }
        }
        return names.joined(separator: "\n")
    }
}
