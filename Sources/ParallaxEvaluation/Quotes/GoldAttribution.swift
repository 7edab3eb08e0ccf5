import ParallaxCore

/// One gold attribution of a PolNeAR-style corpus: its content, its source when annotated, and
/// whether the content is a direct quotation.
public struct GoldAttribution: Sendable, Hashable {
    /// The content span (first to last character of all its pieces).
    public var content: TextSpan
    /// The source span (the local speaker mention), when the attribution has one.
    public var source: TextSpan?
    /// Whether the content starts at, or within two characters after, a quotation mark.
    public var isDirect: Bool

    /// Creates a gold attribution.
    public init(content: TextSpan, source: TextSpan?, isDirect: Bool) {
        self.content = content
        self.source = source
        self.isDirect = isDirect
    }
}
