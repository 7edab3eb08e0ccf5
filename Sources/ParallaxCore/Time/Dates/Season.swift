/// A season of the northern-hemisphere year as TimeML writes it (`SP`, `SU`, `FA`, `WI`), with
/// the meteorological months: spring March–May, summer June–August, fall September–November,
/// winter December–February (a winter belongs to the year of its December).
package enum Season: String, Sendable, CaseIterable {
    case spring = "SP"
    case summer = "SU"
    case fall = "FA"
    case winter = "WI"

    /// First month of the season.
    var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .fall: 9
        case .winter: 12
        }
    }

    /// The season holding `date`, and the year the season belongs to.
    static func holding(_ date: CalendarDate) -> (season: Season, year: Int) {
        switch date.month {
        case 3...5: (.spring, date.year)
        case 6...8: (.summer, date.year)
        case 9...11: (.fall, date.year)
        case 12: (.winter, date.year)
        default: (.winter, date.year - 1)
        }
    }

    /// The TIMEX3 value (`1998-SU`) and days of this season in `year`.
    package func value(in year: Int) -> (value: String, days: DayInterval) {
        let first = TimexFormat.month(year: year, month: firstMonth).days.first
        let last = TimexFormat.month(year: year, month: firstMonth + 2).days.last
        return ("\(CalendarDate.pad(year, 4))-\(rawValue)", DayInterval(first: first, last: last))
    }

    /// The season named by token `index` ("summer", "Autumn").
    package static func named(at index: Int, in tokens: KeyedTokens) -> Season? {
        guard let key = tokens.key(index) else { return nil }
        return names[key]
    }

    private static let names: [WordKey: Season] = WordKey.table([
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
    ])
}
