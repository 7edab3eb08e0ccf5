/// The cheap pre-filter of the time recognizer: marks the tokens at which a time expression may
/// start, so that the rules run at a few tokens instead of all.
///
/// Every expression the rules know holds a *trigger* within its first `reach` tokens: a number
/// or alphanumeric token (years, days, clock times, "1990s"), a hyphenated word ("third-quarter",
/// "mid-November", "three-day"), or a word from one table — time units, months and weekdays (the
/// keys of `MonthName` and `WeekdayName`), seasons, holidays, parts of the day, and the deictic and
/// vague words ("today", "now", "recently", "ago", "earlier", "daily", "quarter", "period"). A token
/// may start an expression when a trigger lies at it or within `reach - 1` tokens after it. One
/// backward pass, no allocation beyond the flags.
enum TimeTriggers {
    /// How many tokens from an expression's start its first trigger may lie, at most.
    static let reach = 6

    /// For each token, whether a time expression may start there.
    /// Words in `extra` are triggers too (a convention's own rules add theirs).
    static func mayStart(in tokens: KeyedTokens, extra: Set<WordKey> = []) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var nextTrigger = Int.max
        var index = tokens.count - 1
        while index >= 0 {
            if isTrigger(index, in: tokens) || tokens.isWord(index, in: extra) { nextTrigger = index }
            flags[index] = nextTrigger != Int.max && nextTrigger - index < reach
            index -= 1
        }
        return flags
    }

    private static func isTrigger(_ index: Int, in tokens: KeyedTokens) -> Bool {
        switch tokens.kind(index) {
        case .number, .alphanumeric: return true
        case .word:
            if let key = tokens.key(index), words.contains(key) { return true }
            return tokens.bytes(index).contains(0x2D)
        default: return false
        }
    }

    private static let words: Set<WordKey> = WordKey.set([
        // units
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
        "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs",
        "decade", "decades", "century", "centuries", "quarter", "quarters", "period", "half",
        // seasons, holidays, parts of the day
        "spring", "summer", "fall", "autumn", "winter", "christmas", "thanksgiving", "easter", "halloween", "eve",
        "morning", "afternoon", "evening", "night", "tonight", "overnight", "noon", "midday", "midnight",
        // deictic, vague and recurring
        "today", "yesterday", "tomorrow", "now", "currently", "nowadays", "present", "recently", "lately", "recent",
        "soon", "future", "past", "coming", "weekend", "ago", "earlier", "before", "daily", "weekly", "monthly",
        "yearly", "annually", "hourly", "term", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
        "eighties", "nineties", "nightly", "biweekly", "fortnightly", "quarterly",
        "everyday", "annual", "mornings", "afternoons", "evenings", "nights", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays", "saturdays", "sundays", "q1", "q2", "q3", "q4",
        "twice", "once", "thrice", "times", "current", "o'clock", "oclock", "pm", "pm.", "p.m.", "a.m.",
        // spoken years ("nineteen ninety-six")
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]).union(MonthName.keys).union(WeekdayName.keys)  // months and weekdays, abbreviated or not
}
