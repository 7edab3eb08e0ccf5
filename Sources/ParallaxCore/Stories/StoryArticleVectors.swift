/// An article's unit vectors over the stream's vocabulary, weighted by the inverse document frequency
/// at its arrival: content words, headline words, names and places.
public struct StoryArticleVectors: Sendable, Hashable {
    /// Content-word stems, log-scaled counts times idf, unit length.
    public var terms: StoryVector
    /// Headline stems times idf, unit length.
    public var title: StoryVector
    /// Names, log-scaled counts times idf, unit length.
    public var names: StoryVector
    /// Places, log-scaled counts times idf, unit length.
    public var places: StoryVector
}
