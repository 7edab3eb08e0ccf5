/// The rules for lowercase, numeric and spelled-out forms, run as one rule behind a single word
/// check: `MonthYearRule`, `NumericDateRule`, `LowercaseDateRule`, `ClockPhraseRule`,
/// `PeriodModifierRule`, `LowercaseWeekdayRule`, `DurationShiftRule`, `QualifiedLengthRule`,
/// `WeekdayOfMonthRule`.
///
/// Most tokens of news text start none of these forms, so a word is looked up once in the
/// joint table of the words they can start with (numbers, hyphenated words and number-led
/// tokens always pass) before any of them runs. Among the rules the longest match wins, the
/// earlier one on a tie, as in `PatternTimeRecognizer`.
struct GatedTimeRules: TimeRule {
    private let rules: [any TimeRule] = [
        MonthYearRule(), NumericDateRule(), LowercaseDateRule(), ClockPhraseRule(), PeriodModifierRule(),
        LowercaseWeekdayRule(), DurationShiftRule(), QualifiedLengthRule(), WeekdayOfMonthRule(),
    ]

    /// Creates the rules.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        switch tokens.kind(index) {
        case .number, .alphanumeric: break
        case .word:
            guard let key = tokens.key(index) else { return nil }
            guard Self.starters.contains(key) || tokens.bytes(index).contains(0x2D) else { return nil }
        default: return nil
        }
        var best: TimeMatch?
        for rule in rules {
            guard let match = rule.match(at: index, in: tokens, anchor: anchor) else { continue }
            if match.tokens.count > (best?.tokens.count ?? 0) { best = match }
        }
        return best
    }

    /// Every word at which one of the rules can start.
    private static let starters: Set<WordKey> = {
        var words = Set(NumberWordParser.units.keys).union(NumberWordParser.tens.keys)
        // months and weekdays, any case
        words.formUnion(MonthName.keys)
        words.formUnion(WeekdayName.keys)
        words.formUnion(
            WordKey.set([
                // articles, amounts and clock words
                "the", "month", "a", "an", "half", "quarter", "few", "several", "many", "some",
                // modifiers and qualifiers
                "early", "late", "mid", "later", "earlier", "end", "beginning", "start", "middle", "past", "previous",
                "next", "last", "this", "coming", "following", "first", "second", "third", "fourth", "fifth",
            ]))
        return words
    }()
}
