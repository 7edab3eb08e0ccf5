/// Rewrites the atomic matches of one scan into another convention's expressions (composites of a
/// date and its time, ranges, modifiers), after every rule has run.
///
/// The seam through which `ParallaxEvaluation` builds the Recognizers-Text convention on the news
/// recognizer without the core knowing that convention.
package protocol TimeMatchComposer: Sendable {
    /// The composed matches, in text order; `referenceSeconds` is the clock time the text was written
    /// at (seconds after midnight of `anchor`), when known.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?, referenceSeconds: Int?)
        -> [TimeMatch]
}
