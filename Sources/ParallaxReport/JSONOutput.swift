import Foundation
import ParallaxCore

/// JSON encoding shared by the renderers: stable key order, unescaped slashes and non-ASCII text.
public enum JSONOutput {
    /// One article as a single line of `parallax/article@2` JSON; `tokens` adds the token layer.
    public static func articleLine(_ analyzed: AnalyzedArticle, tokens: Bool = false) throws -> String {
        try CompactJSONEncoder().encode(ArticleDocument(analyzed, includesTokens: tokens))
    }

    /// A story report as `parallax/story-report@1` JSON: pretty-printed, or on one line (`pretty:
    /// false`) when several reports are written as JSON Lines.
    public static func report(_ report: StoryReport, pretty: Bool = true) throws -> String {
        try string(report, pretty: pretty)
    }

    /// Encodes any value.
    public static func string(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
