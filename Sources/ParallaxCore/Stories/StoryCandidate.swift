/// An open story an arriving article may join, with the features the story-match model weighs.
public struct StoryCandidate: Sendable, Hashable {
    /// The story's id.
    public var story: Int
    /// `StoryMatchFeatures` of the article against the story.
    public var features: [Double]
    /// The model's probability that the article reports the story.
    public var probability: Double
}
