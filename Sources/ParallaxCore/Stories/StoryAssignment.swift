/// Where one article of the stream went: the story it joined or opened, the earlier article it
/// copies, or nowhere when it is site furniture.
public struct StoryAssignment: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The story at the time of arrival (nil for a boilerplate page); resolve merges with
    /// `StoryClusterer.story(of:)`.
    public var story: Int?
    /// The earliest article this one copies, when it is a copy.
    public var duplicateOf: String?
    /// Whether the page is boilerplate (a pay wall, a sign-in screen) and belongs to no story.
    public var boilerplate: Bool
    /// The story-match probability of the story joined (nil when the article opened a story or is a copy).
    public var probability: Double?
    /// Stories this article bridged into its own: each was merged and its articles now belong to
    /// `StoryClusterer.story(of:)` of it. A store moves their members when it sees this.
    public var merged: [Int]

    /// Creates an assignment.
    public init(
        article: String, story: Int?, duplicateOf: String? = nil, boilerplate: Bool = false, probability: Double? = nil,
        merged: [Int] = []
    ) {
        self.merged = merged
        self.article = article
        self.story = story
        self.duplicateOf = duplicateOf
        self.boilerplate = boilerplate
        self.probability = probability
    }
}
