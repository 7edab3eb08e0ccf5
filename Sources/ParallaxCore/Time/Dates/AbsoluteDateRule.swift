/// Calendar dates written out: "21 January 2025", "January 21, 2025", "Jan. 21", "21st of
/// January", "February 2022", "2023", "the 1990s", "2025-01-21", and a month after a preposition
/// ("in March") or after "last"/"this"/"next".
///
/// A day and month without a year, and a month alone, take the year (the document's, the one
/// before or after) that puts them nearest the document date, the future counting 1.5 times
/// the past, and the clause's tense (`TenseCues`) shifting the weights ("talks began on Dec. 30"
/// in January → last December; "a vote is due on Dec. 30" in January → this December). "June
/// last year", "Jan. 21 next year" take the year named.
/// Without a document date such dates keep `XXXX` for the year (`XXXX-01-21`, `XXXX-03`) and are
/// unresolved. A decade
/// with a two-digit year (`the '90s`) is the latest such decade that has begun by the document
/// date (the 1900s without one).
package struct AbsoluteDateRule: TimeRule {
    private let calendar = CalendarNumberRules()
    private let tenses = TenseCues()

    /// Creates the rule.
    package init() {}

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let iso = calendar.isoDate(at: index, in: tokens) {
            let day = TimexFormat.day(iso.date)
            return TimeMatch(tokens: iso.tokens, type: .date, value: day.value, days: day.days)
        }
        if let match = partOf(at: index, in: tokens, anchor: anchor) { return match }
        if let match = dayFirst(at: index, in: tokens, anchor: anchor) { return match }
        if let match = monthFirst(at: index, in: tokens, anchor: anchor) { return match }
        if let match = relativeMonth(at: index, in: tokens, anchor: anchor) { return match }
        if let match = coordinatedDay(at: index, in: tokens, anchor: anchor) { return match }
        if let match = decade(at: index, in: tokens, anchor: anchor) { return match }
        if calendar.isYear(at: index, in: tokens), let year = calendar.fourDigitValue(at: index, in: tokens) {
            let value = TimexFormat.year(year)
            return TimeMatch(tokens: index..<index + 1, type: .date, value: value.value, days: value.days)
        }
        return nil
    }

    /// "mid-November", "mid-1996", "the mid-1980s", "early-2024", "late-1990s", "post-1959": the value
    /// of the month, year or decade after the hyphen (TimeML marks the part with `mod`, not in the value).
    private func partOf(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        let start = index
        let token = tokens.isWord(index, Self.the) ? index + 1 : index
        let bytes = tokens.bytes(token)
        guard bytes.count > 4, let hyphen = bytes.firstIndex(of: 0x2D),
            let prefix = WordKey(bytes: bytes[bytes.startIndex..<hyphen]), Self.partPrefixes.contains(prefix)
        else { return nil }
        let rest = bytes[(hyphen + 1)...]
        guard let first = rest.first else { return nil }
        if (0x41...0x5A).contains(first), let month = MonthName.month(key: WordKey(bytes: rest)) {
            guard token == index else { return nil }
            let range = index..<index + 1
            guard let anchor else {
                return TimeMatch(tokens: range, type: .date, value: "XXXX-" + CalendarDate.pad(month, 2), resolved: false)
            }
            let year = yearByTense(around: range, in: tokens, anchor: anchor) {
                TimexFormat.month(year: $0, month: month).days
            }
            let value = TimexFormat.month(year: year, month: month)
            return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
        }
        var digits = rest
        let isDecade = digits.last == 0x73
        if isDecade { digits = digits.dropLast() }
        guard digits.count == 4, let number = Int(value: digits), (1000...2199).contains(number) else { return nil }
        if isDecade {
            guard number % 10 == 0 else { return nil }
            let value = TimexFormat.decade(startingIn: number)
            return TimeMatch(tokens: start..<token + 1, type: .date, value: value.value, days: value.days)
        }
        guard token == index else { return nil }
        let value = TimexFormat.year(number)
        return TimeMatch(tokens: index..<index + 1, type: .date, value: value.value, days: value.days)
    }

    /// "21 January 2025", "21st of January", "21 Jan".
    private func dayFirst(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let day = calendar.dayOfMonth(at: index, in: tokens) else { return nil }
        var monthIndex = index + 1
        if tokens.isWord(monthIndex, Self.of) { monthIndex += 1 }
        guard let month = MonthName.month(at: monthIndex, in: tokens) else { return nil }
        return date(month: month, day: day, start: index, after: monthIndex + 1, in: tokens, anchor: anchor)
    }

    /// "January 21, 2025", "Jan. 21", "February 2022", "January 21st".
    private func monthFirst(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let month = MonthName.month(at: index, in: tokens) else { return nil }
        let next = index + 1
        if let day = calendar.dayOfMonth(at: next, in: tokens) {
            return date(month: month, day: day, start: index, after: next + 1, in: tokens, anchor: anchor)
        }
        if let year = year(at: next, in: tokens) {
            let value = TimexFormat.month(year: year, month: month)
            return TimeMatch(tokens: index..<next + 1, type: .date, value: value.value, days: value.days)
        }
        let named = namedYear(at: next, anchor: anchor, in: tokens)
        guard named != nil || tokens.isWord(index - 1, in: Self.monthCues) || isBareMonth(at: index, in: tokens)
        else { return nil }
        let range = index..<(named?.end ?? next)
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-" + CalendarDate.pad(month, 2), resolved: false)
        }
        let year =
            named?.year
            ?? yearByTense(around: range, in: tokens, anchor: anchor) {
                TimexFormat.month(year: $0, month: month).days
            }
        let value = TimexFormat.month(year: year, month: month)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// A month name standing alone without a preposition ("the October slaying", "a June
    /// agreement", "figures for January"): a full name that is no verb ("May", "March") and no
    /// part of a name ("June Carter", "Sister June": no capitalized word beside it but a
    /// determiner).
    private func isBareMonth(at index: Int, in tokens: KeyedTokens) -> Bool {
        guard tokens.isWord(index, in: Self.fullMonths), tokens.kind(index + 1) != .word || !tokens.isCapitalized(index + 1)
        else { return false }
        let previous = index - 1
        return tokens.kind(previous) != .word || !tokens.isCapitalized(previous)
            || tokens.isWord(previous, in: Self.determiners)
    }

    /// The second day of "April 24 and 25", "Sept. 12 or 13": a day number after a month and day
    /// and a conjunction, in the same month and year (a year written after it, "25, 2026", is
    /// part of it and of the first date).
    private func coordinatedDay(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard tokens.kind(index) == .number, tokens.isWord(index - 1, in: Self.conjunctions),
            let day = calendar.dayOfMonth(at: index, in: tokens), calendar.dayOfMonth(at: index - 2, in: tokens) != nil,
            MonthName.month(at: index - 3, in: tokens) != nil, tokens.kind(index + 1) != .word,
            let first = monthFirst(at: index - 3, in: tokens, anchor: anchor), first.tokens.upperBound == index - 1
        else { return nil }
        let value = Array(first.value.utf8)
        let shared = coordinatedYear(after: index + 1, in: tokens)
        guard value.count == 10, let year = shared?.year ?? Int(value: value[0..<4]),
            let month = Int(value: value[5..<7]), let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        let formatted = TimexFormat.day(date)
        return TimeMatch(tokens: index..<(shared?.end ?? index + 1), type: .date, value: formatted.value, days: formatted.days)
    }

    /// A year written at `index`, after an optional comma ("…25, 2026"), and where it ends.
    private func coordinatedYear(after index: Int, in tokens: KeyedTokens) -> (year: Int, end: Int)? {
        let yearIndex = tokens.isPunctuation(index, 0x2C) ? index + 1 : index
        return year(at: yearIndex, in: tokens).map { ($0, yearIndex + 1) }
    }

    /// "last January", "this March", "next May", and with a day, "last Oct. 23" (the latest Oct. 23
    /// before the document date), "next June 5".
    private func relativeMonth(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let key = tokens.key(index), let direction = Self.directions[key],
            let month = MonthName.month(at: index + 1, in: tokens)
        else { return nil }
        if let day = calendar.dayOfMonth(at: index + 2, in: tokens) {
            return relativeDay(month: month, day: day, direction: direction, tokens: index..<index + 3, anchor: anchor)
        }
        let range = index..<index + 2
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-" + CalendarDate.pad(month, 2), resolved: false)
        }
        var year = anchor.year
        switch direction {
        case -1: if month >= anchor.month { year -= 1 }
        case 1: if month <= anchor.month { year += 1 }
        default: break
        }
        let value = TimexFormat.month(year: year, month: month)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// A day and month after "last"/"this"/"next": the nearest such day before the document date,
    /// after it, or in its year.
    private func relativeDay(month: Int, day: Int, direction: Int, tokens range: Range<Int>, anchor: CalendarDate?)
        -> TimeMatch?
    {
        guard let anchor else {
            let value = "XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            return TimeMatch(tokens: range, type: .date, value: value, resolved: false)
        }
        guard var date = CalendarDate(year: anchor.year, month: month, day: day) else { return nil }
        if direction < 0, !(date < anchor), let earlier = CalendarDate(year: anchor.year - 1, month: month, day: day) {
            date = earlier
        } else if direction > 0, !(anchor < date), let later = CalendarDate(year: anchor.year + 1, month: month, day: day) {
            date = later
        }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// "the 1990s", "1990s", "the '90s", "the ’90s", "the nineties" (only after "the": "in his
    /// forties" is an age).
    private func decade(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var token = tokens.isWord(index, Self.the) ? index + 1 : index
        if token > index, let key = tokens.key(token), let tens = DecadeWords.table[key], tens >= 20 {
            // "the nineties" ("the tens" is as likely a count)
            let value = TimexFormat.decade(startingIn: Self.latestDecade(tens, anchor: anchor))
            return TimeMatch(tokens: index..<token + 1, type: .date, value: value.value, days: value.days)
        }
        let separateApostrophe = [.openQuote, .closeQuote].contains(tokens.kind(token))
        if separateApostrophe { token += 1 }
        guard tokens.kind(token) == .alphanumeric else { return nil }
        if separateApostrophe, tokens.gap(token) != TokenGap.none { return nil }
        var digits = tokens.bytes(token)
        guard digits.last == 0x73 else { return nil }
        digits = digits.dropLast()
        if digits.last == 0x27 { digits = digits.dropLast() }  // 1990's
        if digits.first == 0x27 { digits = digits.dropFirst() }  // '90s
        guard let number = Int(value: digits), number % 10 == 0 else { return nil }
        var startYear = number
        switch digits.count {
        case 2 where separateApostrophe || tokens.bytes(token).first == 0x27:
            startYear = Self.latestDecade(number, anchor: anchor)
        case 4 where (1000...2190).contains(number):
            // "the 1300s", "the 1800s" name a century; the hundred the document is written in keeps its
            // decade ("the 2000s" in 2019: 2000–2009).
            let reference = anchor?.year ?? 1999
            if number % 100 == 0, !(number..<number + 100).contains(reference) {
                let value = TimexFormat.century(startingIn: number)
                return TimeMatch(tokens: index..<token + 1, type: .date, value: value.value, days: value.days)
            }
        default: return nil
        }
        let value = TimexFormat.decade(startingIn: startYear)
        return TimeMatch(tokens: index..<token + 1, type: .date, value: value.value, days: value.days)
    }

    /// The first year of the latest decade ending in `tens` (90 for the 1990s) begun by the document
    /// date, or by 1999 without one.
    private static func latestDecade(_ tens: Int, anchor: CalendarDate?) -> Int {
        let reference = anchor?.year ?? 1999
        let startYear = (reference / 100) * 100 + tens
        return startYear > reference ? startYear - 100 : startYear
    }

    /// A year written after a day or month: four digits, 1000–2199.
    private func year(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let year = calendar.fourDigitValue(at: index, in: tokens), (1000...2199).contains(year) else {
            return nil
        }
        return year
    }

    /// A day and month, followed at `after` by an optional year ("2025", ", 2025", "last year").
    private func date(month: Int, day: Int, start: Int, after: Int, in tokens: KeyedTokens, anchor: CalendarDate?)
        -> TimeMatch?
    {
        var yearIndex = after
        if tokens.isPunctuation(yearIndex, 0x2C) { yearIndex += 1 }
        if let year = year(at: yearIndex, in: tokens) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            let value = TimexFormat.day(date)
            return TimeMatch(tokens: start..<yearIndex + 1, type: .date, value: value.value, days: value.days)
        }
        guard day <= CalendarDate.daysIn(month: month, year: 2024) else { return nil }
        // "April 24 and 25, 2026": the year written after the coordinated day is this date's too.
        if tokens.isWord(after, in: Self.conjunctions), calendar.dayOfMonth(at: after + 1, in: tokens) != nil,
            let shared = coordinatedYear(after: after + 2, in: tokens),
            let date = CalendarDate(year: shared.year, month: month, day: day)
        {
            let value = TimexFormat.day(date)
            return TimeMatch(tokens: start..<after, type: .date, value: value.value, days: value.days)
        }
        let named = namedYear(at: after, anchor: anchor, in: tokens)
        let range = start..<(named?.end ?? after)
        guard let anchor else {
            let value = "XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            return TimeMatch(tokens: range, type: .date, value: value, resolved: false)
        }
        let year =
            named?.year
            ?? yearByTense(around: range, in: tokens, anchor: anchor) { year in
                CalendarDate(year: year, month: month, day: day).map { DayInterval(day: $0) }
            }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        let value = TimexFormat.day(date)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    /// "last year", "this year", "next year" after a month or a day: the year named and where the phrase ends.
    private func namedYear(at index: Int, anchor: CalendarDate?, in tokens: KeyedTokens) -> (year: Int?, end: Int)? {
        guard let key = tokens.key(index), let offset = Self.directions[key], tokens.isWord(index + 1, Self.yearWord)
        else {
            return nil
        }
        return (anchor.map { $0.year + offset }, index + 2)
    }

    /// The year (the document's, the one before or the one after) that puts `days` nearest the
    /// document date, a distance into the future counting 1.5 times a distance into the past
    /// (news looks back more than ahead); a future-marked clause reverses the weights and a
    /// past-marked one counts the future three times. Ties go to the earlier year.
    package func yearByTense(
        around range: Range<Int>, in tokens: KeyedTokens, anchor: CalendarDate, days: (Int) -> DayInterval?
    ) -> Int {
        // An item of a list headed by its year ("2020 dates:" over "June 9 – Dallas") takes that year.
        if let heading = ListHeadingYear.year(before: range.lowerBound, in: tokens) { return heading }
        let (pastWeight, futureWeight): (Double, Double)
        switch tenses.tense(around: range, in: tokens) {
        case nil: (pastWeight, futureWeight) = (1, 1.5)
        case .past: (pastWeight, futureWeight) = (1, 3)
        case .future: (pastWeight, futureWeight) = (1.5, 1)
        }
        var best = anchor.year
        var bestScore = Double.infinity
        for year in anchor.year - 1...anchor.year + 1 {
            guard let interval = days(year) else { continue }
            let score: Double
            if anchor < interval.first {
                score = Double(interval.first.dayNumber - anchor.dayNumber) * futureWeight
            } else if anchor > interval.last {
                score = Double(anchor.dayNumber - interval.last.dayNumber) * pastWeight
            } else {
                score = 0
            }
            if score < bestScore {
                best = year
                bestScore = score
            }
        }
        return best
    }

    private static let of = WordKey.word("of")
    private static let the = WordKey.word("the")
    private static let monthCues = WordKey.set([
        "in", "since", "by", "until", "till", "from", "through", "before", "after", "during", "early", "late", "mid",
        "of", "to", "throughout",
    ])
    private static let yearWord = WordKey.word("year")
    private static let conjunctions = WordKey.set(["and", "or"])
    /// The full month names that are no verbs: all but "march" and "may".
    private static let fullMonths = WordKey.set(MonthName.fullNames.filter { !verbMonths.contains($0) })
    private static let verbMonths: Set<String> = ["march", "may"]
    private static let determiners = WordKey.set(["the", "a", "an", "this", "that", "each", "every", "for", "last"])
    private static let partPrefixes = WordKey.set(["mid", "early", "late", "post", "pre"])
    private static let directions: [WordKey: Int] = WordKey.table(["last": -1, "this": 0, "next": 1])
}
