import ParallaxCore

/// A weekday right before the date it falls on joins it, as Recognizers-Text spans it: "Friday
/// 7/6", "friday 2018-7-6", "friday 7.6" when 6 July is a Friday (the value is the date's). A
/// weekday that is not the date's stays apart.
struct WeekdayDateComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each weekday joined to the date after it that it names.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        RecognizersTextComposer.joiningNeighbours(matches) { first, second in
            guard first.tokens.count == 1, first.type == .date, second.type == .date,
                first.tokens.upperBound == second.tokens.lowerBound,
                let weekday = WeekdayName.weekdayAnyCase(at: first.tokens.lowerBound, in: tokens),
                let days = second.days, days.first == days.last, days.first.weekday == weekday
            else { return nil }
            var joined = second
            joined.tokens = first.tokens.lowerBound..<second.tokens.upperBound
            return joined
        }
    }
}
