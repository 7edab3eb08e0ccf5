import ParallaxCore

extension PatternTimeRecognizer {
    /// Creates the recognizer for `convention`: TimeML's atomic expressions (the core's default), or
    /// Recognizers-Text's composites for that conformance suite — the convention's own rules first,
    /// so that they win ties, time zones last, holidays in any case, and `RecognizersTextComposer`
    /// instead of the clock-day linker.
    public init(convention: TimeConvention) {
        guard convention.isRecognizersText else {
            self.init()
            return
        }
        let requestRules: [any TimeRule] = [
            RequestDayRule(), RequestDateRule(), WeekOfRule(), CalendarPeriodRule(), DecadeRule(),
            OrdinalWeekdayRule(), YearPartRule(), RequestNumericDateRule(), QualifiedWeekdayRule(),
            RequestLengthRule(), RequestClockRule(), ReportingYearRule(), CountedDayRule(),
        ]
        var rules = requestRules + Self.newsRules + [TimeZoneRule()]
        rules = rules.map { $0 is HolidayRule ? HolidayRule(anyCase: true) : $0 }
        rules = rules.map { $0 is SetRule ? SetRule(recognizersText: true) : $0 }
        self.init(
            rules: rules,
            extraTriggers: RecognizersTextComposer.triggers.union(RequestClockRule.triggers),
            composer: RecognizersTextComposer(mergesRanges: convention == .recognizersText))
    }
}
