/// Rewrites the atomic expressions `PatternTimeRecognizer` finds into Recognizers-Text's
/// convention (`TimeConvention.recognizersText`).
///
/// The passes run in order, each over the previous one's output: lengths first (`LengthComposition`:
/// "2 days later", "in 3 weeks"), then a day and the time on it (`DayTimeComposition`: "8pm today",
/// "tomorrow at 9"), then an expression in a wider one (`NestComposition`: "friday this week",
/// "june next year"), then ranges (`RangeComposition`: "from 5 to 6 pm", "Oct. 2 to October 22"),
/// then modifiers (`ModifierComposition`: "after 4pm", "no later than 1/1/2016").
struct RecognizersTextComposer: Sendable {
    /// Creates the composer.
    init() {}

    /// `atoms` (in text order, not overlapping) composed into Recognizers-Text expressions.
    func compose(_ atoms: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?) -> [TimeMatch] {
        var matches = LengthComposition().compose(atoms, in: tokens, anchor: anchor)
        matches = DayTimeComposition().compose(matches, in: tokens)
        matches = NestComposition().compose(matches, in: tokens)
        matches = RangeComposition().compose(matches, in: tokens, anchor: anchor)
        matches = DayTimeComposition().compose(matches, in: tokens)
        return ModifierComposition().compose(matches, in: tokens)
    }

    /// Whether the tokens in `gap` are all among `words` or are commas (an empty gap qualifies).
    static func gap(_ gap: Range<Int>, in tokens: KeyedTokens, onlyFrom words: Set<WordKey>) -> Bool {
        gap.allSatisfy { tokens.isWord($0, in: words) || tokens.isPunctuation($0, 0x2C) }
    }
}
