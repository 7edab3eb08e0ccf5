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
    /// The ten heaviest term ids, heaviest first (computed once, read for every candidate).
    public var topTerms: [Int]

    /// Creates the vectors; `topTerms` is taken from `terms`.
    public init(terms: StoryVector, title: StoryVector, names: StoryVector, places: StoryVector) {
        self.terms = terms
        self.title = title
        self.names = names
        self.places = places
        self.topTerms = terms.top(10)
    }
}
