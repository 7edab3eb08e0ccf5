import ParallaxCore

/// One predicted attribution as the PolNeAR scorer reads it: a content span and the local speaker
/// mention's span, both in Unicode scalars.
public struct PredictedAttribution: Sendable, Hashable {
    /// The content span.
    public var content: TextSpan
    /// The speaker mention's span; nil when the speaker is unknown.
    public var speaker: TextSpan?

    /// Creates a prediction.
    public init(content: TextSpan, speaker: TextSpan?) {
        self.content = content
        self.speaker = speaker
    }
}
