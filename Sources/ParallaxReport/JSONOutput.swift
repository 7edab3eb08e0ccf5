import Foundation
import ParallaxCore

/// JSON encoding shared by the renderers: stable key order, unescaped slashes and non-ASCII text.
public enum JSONOutput {
    /// One article as a single line of `parallax/article@2` JSON; `tokens` adds the token layer.
    public static func articleLine(_ analyzed: AnalyzedArticle, tokens: Bool = false) throws -> String {
        try string(ArticleDocument(analyzed, includesTokens: tokens), pretty: false)
    }

    /// A story report as pretty-printed `parallax/story-report@1` JSON.
    public static func report(_ report: StoryReport) throws -> String {
        try string(report, pretty: true)
    }

    /// Encodes any value.
    public static func string(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
