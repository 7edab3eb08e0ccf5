/// Two values of one slot from two articles of a story, with the features `FactPairModel` weighs:
/// a training example once labelled against annotated facts.
package struct FactPairExample: Sendable {
    /// One of the two values: its article (index in the story), span and kind.
    package struct Value: Sendable {
        /// Index of the article in the story.
        package var article: Int
        /// Where the value is in that article's text.
        package var span: TextSpan
        /// What kind of value it is.
        package var kind: FactKind
    }

    /// The first value.
    package var first: Value
    /// The second value.
    package var second: Value
    /// `FactPairFeatures.features` of the pair.
    package var features: [Double]
}
