/// A unit of length of time, with its length in seconds and its TIMEX3 designator.
///
/// Months and years are Gregorian averages (30.436875 and 365.2425 days), so that "18 months" and
/// "a year and a half" compare equal.
package enum TimeUnit: Int, Sendable, Hashable, Comparable, CaseIterable {
    case second, minute, hour, day, week, month, year, decade, century

    /// Length in seconds.
    var seconds: Double {
        switch self {
        case .second: 1
        case .minute: 60
        case .hour: 3_600
        case .day: 86_400
        case .week: 604_800
        case .month: 2_629_746
        case .year: 31_556_952
        case .decade: 315_569_520
        case .century: 3_155_695_200
        }
    }

    /// TIMEX3 duration designator (`H`, `D`, `DE` for decades, `CE` for centuries).
    var designator: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }

    /// Whether the unit is written after `T` in an ISO 8601 duration.
    package var isClockUnit: Bool { self <= .hour }

    /// The next smaller unit and how many of it make one of this (hour → 60 minutes); nil when not whole.
    var subdivision: (unit: TimeUnit, count: Double)? {
        switch self {
        case .second, .month: nil
        case .minute: (.second, 60)
        case .hour: (.minute, 60)
        case .day: (.hour, 24)
        case .week: (.day, 7)
        case .year: (.month, 12)
        case .decade: (.year, 10)
        case .century: (.year, 100)
        }
    }

    package static func < (lhs: TimeUnit, rhs: TimeUnit) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A unit word as found in text: the unit, how many units the word stands for (a fortnight is
    /// two weeks), and whether the word is plural.
    package struct Word: Sendable {
        /// The unit.
        package var unit: TimeUnit
        /// Units per word.
        package var multiple: Double
        /// Whether the word is plural ("hours").
        package var isPlural: Bool

        /// Creates a unit word.
        package init(unit: TimeUnit, multiple: Double, isPlural: Bool) {
            self.unit = unit
            self.multiple = multiple
            self.isPlural = isPlural
        }
    }

    /// The unit named by a word ("hours", "hr", "fortnight"), if any.
    package static func word(_ key: WordKey?) -> Word? {
        guard let key else { return nil }
        return words[key]
    }

    private static let words: [WordKey: Word] = {
        var table: [WordKey: Word] = [:]
        let entries: [(String, TimeUnit, Double, Bool)] = [
            ("second", .second, 1, false), ("seconds", .second, 1, true), ("sec", .second, 1, false),
            ("secs", .second, 1, true), ("minute", .minute, 1, false), ("minutes", .minute, 1, true),
            ("min", .minute, 1, false), ("mins", .minute, 1, true), ("hour", .hour, 1, false),
            ("hours", .hour, 1, true), ("hr", .hour, 1, false), ("hrs", .hour, 1, true), ("day", .day, 1, false),
            ("days", .day, 1, true), ("week", .week, 1, false), ("weeks", .week, 1, true),
            ("fortnight", .week, 2, false), ("fortnights", .week, 2, true), ("month", .month, 1, false),
            ("months", .month, 1, true), ("year", .year, 1, false), ("years", .year, 1, true),
            ("yr", .year, 1, false), ("yrs", .year, 1, true), ("decade", .decade, 1, false),
            ("decades", .decade, 1, true), ("century", .century, 1, false), ("centuries", .century, 1, true),
        ]
        for (word, unit, multiple, plural) in entries {
            if let key = WordKey.word(word) { table[key] = Word(unit: unit, multiple: multiple, isPlural: plural) }
        }
        return table
    }()
}
