/// Holidays named as dates: "Christmas", "Christmas Eve", "Thanksgiving Day", "Election Day",
/// "Easter", "Good Friday", "Labor Day", "Memorial Day", "Independence Day", "Halloween",
/// "Boxing Day", "Veterans Day", "Black Friday", "Father's Day", "Presidents' Day", "Earth Day", "May Day",
/// optionally followed by a year ("Christmas 1998"; in the Recognizers-Text convention also "of
/// 2016", "of next year"); "Easter week", "Christmas week" are the ISO week holding the day.
///
/// The name must be capitalized. Without a year the holiday takes the year (the document's, the
/// one before or after) that puts it nearest the document date, weighted by the clause's tense
/// as for "Dec. 30" (see `AbsoluteDateRule`); without a document date it is `XXXX-12-25` for a
/// fixed day and `XXXX-XX-XX` otherwise, unresolved.
package struct HolidayRule: TimeRule {
    private let calendar = CalendarNumberRules()
    private let dates = AbsoluteDateRule()

    /// Creates the rule.
    /// Whether a lowercase name counts ("christmas"): off for news, where the capital tells the
    /// holiday from the common noun; on for the Recognizers-Text convention's typed requests.
    private let anyCase: Bool

    package init(anyCase: Bool = false) {
        self.anyCase = anyCase
    }

    package func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard anyCase || tokens.isCapitalized(index), let found = Self.names.match(at: index, in: tokens) else { return nil }
        var end = index + found.length
        let holiday = found.value
        var year: Int?
        // Recognizers-Text also links the year with "of": "Yuandan of 2016", "Father's Day of next year".
        let yearIndex = anyCase && tokens.isWord(end, Self.of) ? end + 1 : end
        if let written = calendar.fourDigitValue(at: yearIndex, in: tokens), (1000...2199).contains(written) {
            year = written
            end = yearIndex + 1
        } else if yearIndex > end, let key = tokens.key(yearIndex), let shift = Self.yearShifts[key],
            tokens.isWord(yearIndex + 1, Self.yearWord), let anchor
        {
            year = anchor.year + shift
            end = yearIndex + 2
        }
        // "Easter week", "Thanksgiving week": the ISO week holding the holiday.
        let isWeek = year == nil && tokens.isWord(end, Self.week)
        if isWeek { end += 1 }
        let range = index..<end
        if year == nil, let anchor {
            year = dates.yearByTense(around: range, in: tokens, anchor: anchor) { year in
                holiday.day(in: year).map { DayInterval(day: $0) }
            }
        }
        guard let year else {
            var value = "XXXX-XX-XX"
            if case .fixed(let month, let day) = holiday {
                value = "XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            }
            return TimeMatch(tokens: range, type: .date, value: value, resolved: false)
        }
        guard let day = holiday.day(in: year) else { return nil }
        let value = isWeek ? TimexFormat.week(of: day) : TimexFormat.day(day)
        return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
    }

    private static let of = WordKey.word("of")
    private static let week = WordKey.word("week")
    private static let yearWord = WordKey.word("year")
    private static let yearShifts: [WordKey: Int] = WordKey.table(["this": 0, "next": 1, "last": -1])
    private static let names = PhraseTable<Holiday>([
        ("christmas", .fixed(month: 12, day: 25)), ("christmas day", .fixed(month: 12, day: 25)),
        ("christmas eve", .fixed(month: 12, day: 24)), ("boxing day", .fixed(month: 12, day: 26)),
        ("halloween", .fixed(month: 10, day: 31)), ("independence day", .fixed(month: 7, day: 4)),
        ("veterans day", .fixed(month: 11, day: 11)), ("new year's day", .fixed(month: 1, day: 1)),
        ("new year's eve", .fixed(month: 12, day: 31)), ("thanksgiving", .floating(month: 11, weekday: 4, nth: 4)),
        ("thanksgiving day", .floating(month: 11, weekday: 4, nth: 4)),
        ("labor day", .floating(month: 9, weekday: 1, nth: 1)), ("memorial day", .floating(month: 5, weekday: 1, nth: -1)),
        ("election day", .electionDay), ("easter", .easter(offset: 0)), ("easter sunday", .easter(offset: 0)),
        ("easter monday", .easter(offset: 1)), ("good friday", .easter(offset: -2)),
        ("martin luther king day", .floating(month: 1, weekday: 1, nth: 3)), ("mlk day", .floating(month: 1, weekday: 1, nth: 3)),
        ("columbus day", .floating(month: 10, weekday: 1, nth: 2)),
        // Clitics and apostrophes are tokens of their own: "new year 's eve" is "New Year's Eve".
        ("new year 's day", .fixed(month: 1, day: 1)), ("new year 's eve", .fixed(month: 12, day: 31)),
        ("new year eve", .fixed(month: 12, day: 31)), ("new year 's", .fixed(month: 1, day: 1)),
        ("yuandan", .fixed(month: 1, day: 1)), ("thanks giving", .floating(month: 11, weekday: 4, nth: 4)),
        ("thanks giving day", .floating(month: 11, weekday: 4, nth: 4)),
        ("black friday", .thanksgiving(offset: 1)), ("cyber monday", .thanksgiving(offset: 4)),
        ("father 's day", .floating(month: 6, weekday: 7, nth: 3)), ("fathers day", .floating(month: 6, weekday: 7, nth: 3)),
        ("mother 's day", .floating(month: 5, weekday: 7, nth: 2)), ("mothers day", .floating(month: 5, weekday: 7, nth: 2)),
        ("saint patrick 's day", .fixed(month: 3, day: 17)), ("st patrick 's day", .fixed(month: 3, day: 17)),
        ("st. patrick 's day", .fixed(month: 3, day: 17)), ("presidents ' day", .floating(month: 2, weekday: 1, nth: 3)),
        ("presidents' day", .floating(month: 2, weekday: 1, nth: 3)), ("presidents day", .floating(month: 2, weekday: 1, nth: 3)),
        ("president 's day", .floating(month: 2, weekday: 1, nth: 3)), ("earth day", .fixed(month: 4, day: 22)),
        ("may day", .fixed(month: 5, day: 1)), ("int'l workers day", .fixed(month: 5, day: 1)),
        ("international workers day", .fixed(month: 5, day: 1)), ("international workers ' day", .fixed(month: 5, day: 1)),
        ("clean monday", .easter(offset: -48)), ("valentine 's day", .fixed(month: 2, day: 14)),
        ("groundhog day", .fixed(month: 2, day: 2)), ("juneteenth", .fixed(month: 6, day: 19)),
    ])
}
