/// How much a store holds.
public struct StoreCounts: Sendable, Hashable, Codable {
    /// Articles stored, copies and boilerplate included.
    public var articles: Int
    /// Stories (merged ones not counted).
    public var stories: Int
    /// Articles that copy an earlier one.
    public var copies: Int
    /// Boilerplate pages.
    public var boilerplate: Int

    /// Creates counts.
    public init(articles: Int, stories: Int, copies: Int, boilerplate: Int) {
        self.articles = articles
        self.stories = stories
        self.copies = copies
        self.boilerplate = boilerplate
    }
}
