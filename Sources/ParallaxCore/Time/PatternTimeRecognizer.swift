/// First-version time recognizer: finds TIMEX3 dates, times, durations and sets with one
/// left-to-right pass over the tokens, and normalizes them against the document date.
///
/// At each token every rule is tried — `AbsoluteDateRule`, `WeekdayRule`, `RelativeDateRule`,
/// `QuarterRule`, `SetRule`, `DurationRule`, `ClockTimeRule`, …, and `GatedTimeRules` (lowercase,
/// numeric and spelled-out forms: "april 22", "4/22", "half past eight", "early next year"), whose
/// doc comments give the forms and resolution rules — and the match reaching furthest wins (the earlier rule on a tie; a match may start after its token, as "coming week" in "the coming week" does in Recognizers-Text); the scan resumes after it, so
/// output is in text order and never overlaps. DATE values resolved to days carry them in `days`,
/// and so do TIMEs anchored to a day ("Tuesday morning"). Without a document date, relative
/// expressions keep TimeML placeholders (`XXXX-WXX-5`, `XXXX-XX`, `PAST_REF`) and
/// `resolved == false`, while written dates still resolve (a day and month without a year become
/// `XXXX-01-21`, unresolved).
///
/// Spans and values follow TimeML's atomic expressions. The Recognizers-Text conformance suite's
/// composite convention is built on the same scan in `ParallaxEvaluation` (its own rules first, then
/// a `TimeMatchComposer` instead of `ClockDayLinker`), through the package-level initializer.
public struct PatternTimeRecognizer: TimeRecognizer {
    /// The rules tried at each token, in order: the earlier wins a tie.
    package var rules: [any TimeRule]
    /// Words that may start an expression besides `TimeTriggers`' own (the extra rules' triggers).
    package var extraTriggers: Set<WordKey>
    /// Rewrites the atomic matches into another convention's composites; nil keeps TimeML's atoms
    /// and puts clock times on their sentence's day (`ClockDayLinker`).
    package var composer: (any TimeMatchComposer)?

    /// The rules of TimeML news text, in tie-breaking order.
    package static let newsRules: [any TimeRule] = [
        AbsoluteDateRule(), WeekdayRule(), RelativeDateRule(), QuarterRule(), SetRule(), DurationRule(),
        ClockTimeRule(), ReportingPeriodRule(), SeasonRule(), HolidayRule(), SpokenYearRule(), GatedTimeRules(),
        CenturyRule(), NarrativeAnaphorRule(), HalfYearRule(), AnchoredDayRule(),
    ]

    /// Creates the recognizer of TimeML's atomic expressions.
    public init() {
        self.init(rules: Self.newsRules, extraTriggers: [], composer: nil)
    }

    /// Creates a recognizer with other rules, trigger words and a composer (another convention's).
    package init(rules: [any TimeRule], extraTriggers: Set<WordKey>, composer: (any TimeMatchComposer)?) {
        self.rules = rules
        self.extraTriggers = extraTriggers
        self.composer = composer
    }

    /// The time expressions in `text`, in order; relative ones resolve against `documentDate` when given.
    public func times(in text: TokenizedText, documentDate: CalendarDate?) -> [TimeExpression] {
        times(in: text, documentDate: documentDate, referenceSeconds: nil)
    }

    /// The time expressions in `text`, in order, resolved against `documentDate` and, when given,
    /// the clock time the text was written at (`referenceSeconds` after midnight of that date).
    ///
    /// Only a composer uses the clock time (in the Recognizers-Text convention a length counted from
    /// now, "in 5 hours", is a moment); news dates carry no clock time, so TimeML keeps such lengths
    /// as durations.
    public func times(in text: TokenizedText, documentDate: CalendarDate?, referenceSeconds: Int?) -> [TimeExpression] {
        let tokens = KeyedTokens(text)
        var matches: [TimeMatch] = []
        var index = 0
        var discourse = TimeDiscourse(documentDate: documentDate)
        var lastEnd = 0
        let candidates = TimeTriggers.mayStart(in: tokens, extra: extraTriggers)
        while index < tokens.count {
            guard candidates[index], Self.mayStart(at: index, in: tokens) else {
                index += 1
                continue
            }
            var best: TimeMatch?
            for rule in rules {
                guard let match = rule.match(at: index, in: tokens, anchor: documentDate) else { continue }
                if match.tokens.upperBound > (best?.tokens.upperBound ?? index) { best = match }
            }
            guard var best, !best.tokens.isEmpty, !TitleFilter.rejects(best.tokens, in: tokens) else {
                index += 1
                continue
            }
            if (lastEnd..<best.tokens.lowerBound).contains(where: { tokens.kind($0) == .terminal }) {
                discourse.startSentence()
            }
            lastEnd = best.tokens.upperBound
            if let anaphor = best.anaphor { best = anaphor.resolve(best, in: discourse) }
            discourse.note(best)
            matches.append(best)
            index = best.tokens.upperBound
        }
        if let composer {
            matches = composer.compose(matches, in: tokens, anchor: documentDate, referenceSeconds: referenceSeconds)
        } else {
            matches = ClockDayLinker.link(matches, in: tokens)
        }
        return matches.map {
            TimeExpression(
                span: tokens.span($0.tokens), text: tokens.string($0.tokens), type: $0.type, value: $0.value,
                days: $0.days, resolved: $0.resolved)
        }
    }

    /// A cheap filter: only words, numbers and apostrophes can start a time expression.
    private static func mayStart(at index: Int, in tokens: KeyedTokens) -> Bool {
        switch tokens.kind(index) {
        case .word, .number, .alphanumeric, .openQuote, .closeQuote: true
        default: false
        }
    }
}
