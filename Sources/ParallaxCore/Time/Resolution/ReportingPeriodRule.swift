/// Periods that business news names by reference to the period being reported: "the quarter",
/// "the latest quarter", "this quarter", "the latest period", "the year-earlier period", "the
/// year-ago quarter", "the same period last year", "the quarter a year ago", "last year's quarter",
/// "the 1988 period", "a year earlier", "two years earlier", and the adjectives "year-earlier",
/// "year-ago".
///
/// Each match carries a `PeriodAnaphor`: the recognizer resolves it to the latest quarter the
/// article named (shifted back a year for "year-earlier" and the like). The value given here is
/// the fallback when no quarter was named: "the quarter" is the latest quarter ended by the
/// document date ("the quarter ended July 31" the calendar quarter most of it falls in, `…-Q2`),
/// "this quarter" the document date's, "a year earlier" the year before the latest date named (or
/// before the document's); without a document date it is `XXXX-QX` or `XXXX`, unresolved.
struct ReportingPeriodRule: TimeRule {
    private let numbers = NumberWordParser()
    private let calendar = CalendarNumberRules()
    private let dates = AbsoluteDateRule()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let earlier = earlier(at: index, in: tokens, anchor: anchor) { return earlier }
        if let found = Self.phrases.match(at: index, in: tokens) {
            let range = index..<index + found.length
            var match = period(found.value, tokens: range, anchor: anchor)
            if found.value == .reporting, let ended = quarterEnded(after: range.upperBound, in: tokens, anchor: anchor) {
                (match.value, match.days) = (ended.value, ended.days)
            }
            return match
        }
        // "last year's quarter"
        if tokens.isWord(index, Self.last), tokens.isWord(index + 1, Self.year), tokens.kind(index + 2) == .clitic,
            tokens.isWord(index + 3, in: Self.periodNouns)
        {
            return period(.previousYear, tokens: index..<index + 4, anchor: anchor)
        }
        // "the 1988 period", "the 1989 quarter"
        if tokens.isWord(index, Self.the), let year = calendar.fourDigitValue(at: index + 1, in: tokens),
            (1000...2199).contains(year), tokens.isWord(index + 2, in: Self.periodNouns)
        {
            var match = period(.reporting, tokens: index..<index + 3, anchor: anchor)
            let value = TimexFormat.year(year)
            (match.value, match.days, match.resolved) = (value.value, value.days, true)
            match.anaphor?.year = year
            return match
        }
        return nil
    }

    /// What a phrase names.
    enum Phrase: Sendable {
        /// The period being reported ("the quarter").
        case reporting
        /// The quarter of the document date ("this quarter").
        case current
        /// The period being reported, a year before ("the year-ago quarter").
        case previousYear
        /// The year before the date named last ("year-earlier").
        case earlierYear
        /// The document's year before, with the reporting period's granularity ("year-ago").
        case yearAgo
    }

    private func period(_ phrase: Phrase, tokens range: Range<Int>, anchor: CalendarDate?) -> TimeMatch {
        let anaphor: PeriodAnaphor?
        switch phrase {
        case .current: anaphor = nil  // the document's own quarter, whatever the article named before
        case .reporting: anaphor = PeriodAnaphor(base: .reportingPeriod, yearsBack: 0)
        case .previousYear: anaphor = PeriodAnaphor(base: .reportingPeriod, yearsBack: 1)
        case .earlierYear: anaphor = PeriodAnaphor(base: .earlier, yearsBack: 1)
        case .yearAgo: anaphor = PeriodAnaphor(base: .ago, yearsBack: 1)
        }
        guard let anchor else {
            let value = phrase == .earlierYear || phrase == .yearAgo ? "XXXX" : "XXXX-QX"
            return TimeMatch(tokens: range, type: .date, value: value, resolved: false, anaphor: anaphor)
        }
        switch phrase {
        case .earlierYear, .yearAgo:
            let value = TimexFormat.year(anchor.year - 1)
            return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days, anaphor: anaphor)
        case .reporting, .current, .previousYear:
            var quarter = (anchor.month - 1) / 3 + 1
            var year = anchor.year
            if phrase != .current {
                quarter -= 1
                if quarter == 0 { (quarter, year) = (4, year - 1) }
            }
            if phrase == .previousYear { year -= 1 }
            let value = TimexFormat.quarter(year: year, quarter: quarter)
            return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days, anaphor: anaphor)
        }
    }

    /// "the quarter ended July 31": the calendar quarter holding most of the three months that end
    /// on the day written (the one holding the day 45 days before it), when no quarter was named
    /// before (a fiscal "first quarter" named before wins).
    private func quarterEnded(after index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> (
        value: String, days: DayInterval
    )? {
        guard tokens.isWord(index, in: Self.endedWords),
            let end = dates.match(at: index + 1, in: tokens, anchor: anchor), end.tokens.lowerBound == index + 1,
            end.resolved, let days = end.days, days.first == days.last
        else { return nil }
        let middle = days.first.adding(days: -45)
        return TimexFormat.quarter(year: middle.year, quarter: (middle.month - 1) / 3 + 1)
    }

    /// "a year earlier", "two years earlier", "a year before".
    private func earlier(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.kind(index) == .word || tokens.kind(index) == .number,
            let number = numbers.parse(at: index, in: tokens), number.tail.isEmpty, let amount = number.point,
            amount == amount.rounded(), amount >= 1, amount < 100
        else { return nil }
        let unitIndex = number.tokens.upperBound
        guard let word = TimeUnit.word(tokens.key(unitIndex)), word.unit == .year, word.multiple == 1,
            tokens.isWord(unitIndex + 1, in: Self.earlierWords)
        else { return nil }
        let years = Int(amount)
        let range = index..<unitIndex + 2
        let anaphor = PeriodAnaphor(base: .earlier, yearsBack: years)
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX", resolved: false, anaphor: anaphor)
        }
        let value = TimexFormat.year(anchor.year - years)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days, anaphor: anaphor)
    }

    private static let the = WordKey.word("the")
    private static let last = WordKey.word("last")
    private static let year = WordKey.word("year")
    private static let periodNouns = WordKey.set(["quarter", "period"])
    private static let earlierWords = WordKey.set(["earlier", "before"])
    private static let endedWords = WordKey.set(["ended", "ending"])

    private static let phrases: PhraseTable<Phrase> = {
        var entries: [(String, Phrase)] = [
            ("the quarter", .reporting), ("the latest quarter", .reporting), ("the latest period", .reporting),
            ("the recent quarter", .reporting), ("the most recent quarter", .reporting), ("that quarter", .reporting),
            ("the fiscal quarter", .reporting), ("the current quarter", .current), ("this quarter", .current),
            ("year-earlier", .earlierYear), ("year-ago", .yearAgo), ("year-before", .earlierYear),
        ]
        for noun in ["period", "quarter"] {
            for adjective in ["year-earlier", "year-ago", "prior-year", "year-before", "comparable", "corresponding"] {
                entries.append(("the \(adjective) \(noun)", .previousYear))
            }
            for tail in ["a year earlier", "a year ago", "last year"] {
                entries.append(("the \(noun) \(tail)", .previousYear))  // "the quarter a year ago"
            }
            for opener in ["the same", "the corresponding", "the comparable"] {
                for tail in [
                    "last year", "of last year", "a year earlier", "a year ago", "the previous year",
                    "of the previous year", "the year before",
                ] {
                    entries.append(("\(opener) \(noun) \(tail)", .previousYear))
                }
            }
        }
        return PhraseTable(entries)
    }()
}
