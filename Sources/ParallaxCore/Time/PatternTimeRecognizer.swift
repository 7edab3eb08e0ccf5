/// First-version time recognizer: finds TIMEX3 dates, times, durations and sets with one
/// left-to-right pass over the tokens, and normalizes them against the document date.
///
/// At each token every rule is tried — `AbsoluteDateRule`, `WeekdayRule`, `RelativeDateRule`,
/// `QuarterRule`, `SetRule`, `DurationRule`, `ClockTimeRule`, …, and `InformalTimeRules` (informal,
/// numeric and spelled-out forms: "april 22", "4/22", "half past eight", "early next year"), whose
/// doc comments give the forms and resolution rules — and the match reaching furthest wins (the earlier rule on a tie; a match may start after its token, as "coming week" in "the coming week" does in Recognizers-Text); the scan resumes after it, so
/// output is in text order and never overlaps. DATE values resolved to days carry them in `days`,
/// and so do TIMEs anchored to a day ("Tuesday morning"). Without a document date, relative
/// expressions keep TimeML placeholders (`XXXX-WXX-5`, `XXXX-XX`, `PAST_REF`) and
/// `resolved == false`, while written dates still resolve (a day and month without a year become
/// `XXXX-01-21`, unresolved).
///
/// Spans and values follow `convention`: TimeML's atomic expressions by default, or
/// Recognizers-Text's composites (see `RecognizersTextComposer`) for that conformance suite.
public struct PatternTimeRecognizer: TimeRecognizer {
    private var rules: [any TimeRule] = [
        AbsoluteDateRule(), WeekdayRule(), RelativeDateRule(), QuarterRule(), SetRule(), DurationRule(),
        ClockTimeRule(), ReportingPeriodRule(), SeasonRule(), HolidayRule(), SpokenYearRule(), InformalTimeRules(),
        CenturyRule(), NarrativeAnaphorRule(), HalfYearRule(), AnchoredDayRule(),
    ]

    /// The span and value convention the output follows.
    public let convention: TimeConvention

    /// Creates the recognizer; `convention` picks TimeML's atomic spans (the default) or
    /// Recognizers-Text's composite ones.
    public init(convention: TimeConvention = .timeML) {
        self.convention = convention
        if convention.isRecognizersText {
            // The convention's own rules come first, so that they win ties.
            let conversational: [any TimeRule] = [
                ConversationalDayRule(), ConversationalDateRule(), WeekOfRule(), CalendarPeriodRule(), DecadeRule(),
                OrdinalWeekdayRule(), YearPartRule(), LooseNumericDateRule(), QualifiedWeekdayRule(),
                ConversationalLengthRule(), ConversationalClockRule(), ReportingYearRule(), CountedDayRule(),
            ]
            rules.insert(contentsOf: conversational, at: 0)
            rules.append(TimeZoneRule())
            rules = rules.map { $0 is HolidayRule ? HolidayRule(anyCase: true) : $0 }
            rules = rules.map { $0 is SetRule ? SetRule(recognizersText: true) : $0 }
        }
    }

    /// The time expressions in `text`, in order; relative ones resolve against `documentDate` when given.
    public func times(in text: TokenizedText, documentDate: CalendarDate?) -> [TimeExpression] {
        times(in: text, documentDate: documentDate, referenceSeconds: nil)
    }

    /// The time expressions in `text`, in order, resolved against `documentDate` and, when given,
    /// the clock time the text was written at (`referenceSeconds` after midnight of that date).
    ///
    /// Only the Recognizers-Text convention uses the clock time: there a length in hours, minutes or
    /// seconds counted from now ("in 5 hours", "within 15 minutes", "the last 3 minutes") is a moment
    /// or a span of clock times (`2016-11-07T21:12:00`); news dates carry no clock time, so TimeML
    /// keeps such lengths as durations.
    public func times(in text: TokenizedText, documentDate: CalendarDate?, referenceSeconds: Int?) -> [TimeExpression] {
        let tokens = KeyedTokens(text)
        var matches: [TimeMatch] = []
        var index = 0
        var discourse = TimeDiscourse(documentDate: documentDate)
        var lastEnd = 0
        let candidates = TimeTriggers.mayStart(
            in: tokens, extra: convention.isRecognizersText ? Self.conversationalTriggers : [])
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
        if convention == .timeML { matches = ClockDayLinker.link(matches, in: tokens) }
        if convention.isRecognizersText {
            let now = documentDate.flatMap { day in referenceSeconds.map { TimexMoment(day: day, seconds: $0) } }
            matches = RecognizersTextComposer(mergesRanges: convention == .recognizersText).compose(
                matches, in: tokens, anchor: documentDate, now: now)
        }
        return matches.map {
            TimeExpression(
                span: tokens.span($0.tokens), text: tokens.string($0.tokens), type: $0.type, value: $0.value,
                days: $0.days, resolved: $0.resolved)
        }
    }

    /// The trigger words of the Recognizers-Text convention's own rules.
    private static let conversationalTriggers = RecognizersTextComposer.triggers.union(ConversationalClockRule.triggers)

    /// A cheap filter: only words, numbers and apostrophes can start a time expression.
    private static func mayStart(at index: Int, in tokens: KeyedTokens) -> Bool {
        switch tokens.kind(index) {
        case .word, .number, .alphanumeric, .openQuote, .closeQuote: true
        default: false
        }
    }
}
