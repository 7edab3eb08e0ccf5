import ParallaxCore

/// Rewrites the atomic expressions `PatternTimeRecognizer` finds into Recognizers-Text's
/// convention (`TimeConvention.recognizersText`).
///
/// The passes run in order, each over the previous one's output: the rest of the day first
/// (`RestOfDayComposition`), then recurrences
/// (`SetComposition`: "3pm every day", "9am on Sundays"), then lengths (`LengthComposition`:
/// "2 days later", "in 3 weeks"), then a clock time and a length from it (`ClockLengthComposition`:
/// "from 2pm for 2 hours"), lengths counted back to the day (`AgoComposition`: "two years ago"),
/// a length and the day it starts on (`StartingLengthComposition`: "a week starting tomorrow"), a
/// weekday and its date (`WeekdayDateComposition`: "Friday 7/6"), a day placed by "this", "next" or
/// "last" (`QualifiedDayComposition`: "next 5/12"), then a day and the time on it
/// (`DayTimeComposition`: "8pm today", "tomorrow at 9"), then a day and a part of it named apart
/// (`DayPartComposition`: "Tuesday in the morning"), then an expression in a wider one
/// (`NestComposition`: "friday this week", "june next year"), then ranges (`RangeComposition`: "from
/// 5 to 6 pm", "Oct. 2 to October 22"), then coordinated expressions (`CoordinationComposition`:
/// "next week on Tuesday or Thursday", "this week or next"), then modifiers (`ModifierComposition`:
/// "after 4pm", "no later than 1/1/2016"), and last a day and the bounded time on it once more
/// ("today before 4pm"). A "the" before "coming", "following" or "upcoming" is left out of the span.
struct RecognizersTextComposer: TimeMatchComposer {
    /// Whether the two ends of a range become one expression (`RangeComposition`); Recognizers-Text's
    /// `SkipFromToMerge` option keeps them apart.
    let mergesRanges: Bool

    /// Creates the composer; `mergesRanges` false keeps a range's ends apart.
    init(mergesRanges: Bool = true) {
        self.mergesRanges = mergesRanges
    }

    /// `atoms` (in text order, not overlapping) composed into Recognizers-Text expressions; `now`, the
    /// document date with the clock time of writing, when known, anchors clock lengths ("in 5 hours").
    func compose(_ atoms: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?, referenceSeconds: Int?)
        -> [TimeMatch]
    {
        compose(atoms, in: tokens, anchor: anchor, now: anchor.flatMap { day in referenceSeconds.map { TimexMoment(day: day, seconds: $0) } })
    }

    /// The composed matches, with `now` the moment the text was written at, when known.
    func compose(_ atoms: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?, now: TimexMoment? = nil) -> [TimeMatch] {
        var matches = atoms.map { nextWeekday($0, in: tokens, anchor: anchor) }
        matches = RestOfDayComposition().compose(matches, in: tokens, anchor: anchor, now: now)
        matches = SetComposition().compose(matches, in: tokens)
        matches = LengthComposition().compose(matches, in: tokens, anchor: anchor, now: now)
        matches = ClockLengthComposition().compose(matches, in: tokens, anchor: anchor)
        matches = AgoComposition().compose(matches, in: tokens, anchor: anchor)
        matches = StartingLengthComposition().compose(matches, in: tokens)
        matches = WeekdayDateComposition().compose(matches, in: tokens)
        matches = QualifiedDayComposition().compose(matches, in: tokens, anchor: anchor)
        matches = DayTimeComposition().compose(matches, in: tokens)
        matches = DayPartComposition().compose(matches, in: tokens)
        matches = NestComposition().compose(matches, in: tokens)
        if mergesRanges { matches = RangeComposition().compose(matches, in: tokens, anchor: anchor) }
        matches = CoordinationComposition().compose(matches, in: tokens, anchor: anchor)
        matches = DayTimeComposition().compose(matches, in: tokens)
        matches = ModifierComposition().compose(matches, in: tokens)
        matches = DayTimeComposition().compose(matches, in: tokens)  // "today before 4pm".
        return matches.map { droppingArticle($0, in: tokens) }
    }

    /// "the coming weeks", "the following week" spanned from "coming", "following", as Recognizers-Text spans them.
    private func droppingArticle(_ match: TimeMatch, in tokens: KeyedTokens) -> TimeMatch {
        let first = match.tokens.lowerBound
        guard match.tokens.count > 2, tokens.isWord(first, Self.the), tokens.isWord(first + 1, in: Self.forwardWords) else {
            return match
        }
        var trimmed = match
        trimmed.tokens = first + 1..<match.tokens.upperBound
        return trimmed
    }

    private static let the = WordKey.word("the")
    private static let forwardWords = WordKey.set(["coming", "following", "upcoming"])

    /// "next Sunday" read as Recognizers-Text reads it, the Sunday of next week (TimeML's reading is
    /// the first Sunday after the document date).
    private func nextWeekday(_ match: TimeMatch, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch {
        guard let anchor, match.tokens.count == 2, tokens.isWord(match.tokens.lowerBound, Self.next),
            let weekday = WeekdayName.weekdayAnyCase(at: match.tokens.lowerBound + 1, in: tokens)
        else { return match }
        let day = anchor.adding(days: 8 - anchor.weekday + weekday - 1)
        var moved = match
        moved.value = day.description
        moved.days = DayInterval(day: day)
        return moved
    }

    private static let next = WordKey.word("next")

    /// Words that may start (or lie near the start of) an expression only the Recognizers-Text
    /// convention reads: time zones, days in words ("the thirty first"), "rest of the week", decades.
    static let triggers: Set<WordKey> = TimeZoneRule.triggers.union(
        WordKey.set([
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "thirtieth", "twenty", "thirty", "rest", "decade", "tens", "thousand", "thousands",
            "noughties", "eoy", "eom", "eow", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "tmrw", "w", "h1", "h2", "q1", "q2", "q3", "q4", "fy", "sy", "cy", "fiscal", "school", "calendar", "business", "yuandan", "cyber", "black", "earth", "father's", "mother's",
        ]))

    /// `matches` with each match that `join` can merge into the one before it merged, left to right
    /// (a merged match may take in the next one too).
    static func joiningNeighbours(_ matches: [TimeMatch], _ join: (TimeMatch, TimeMatch) -> TimeMatch?) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for match in matches {
            if let last = output.last, let joined = join(last, match) {
                output[output.count - 1] = joined
            } else {
                output.append(match)
            }
        }
        return output
    }

    /// Whether the tokens in `gap` are all among `words` or are commas (an empty gap qualifies).
    static func gap(_ gap: Range<Int>, in tokens: KeyedTokens, onlyFrom words: Set<WordKey>) -> Bool {
        gap.allSatisfy { tokens.isWord($0, in: words) || tokens.isPunctuation($0, 0x2C) }
    }
}
