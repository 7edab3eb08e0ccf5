/// Seasons: "last fall", "this summer", "next spring", "this past spring", "the winter", "the
/// summer of 1994", "the winter of nineteen ninety-four", "winter 2023", "in summer" → `1997-FA`,
/// `2025-SU`.
///
/// "last" is the latest such season begun before the document date's season, "next" the first
/// after it, "this" the one of the document date's year; "the" and a bare season after "in",
/// "during", "over", "since", "until", "by" take the clause's tense (`TenseCues`): the latest begun
/// such season for past, the first not yet ended for future, otherwise the document year's.
/// "fall" and "spring" (also verbs and nouns) need a qualifier or a year; "the fall of" followed by
/// anything but a year is not a season. Without a document date the value is `XXXX-FA`, unresolved.
struct SeasonRule: TimeRule {
    private let calendar = CalendarNumberRules()
    private let tenses = TenseCues()

    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        var seasonIndex = index
        var direction: Int?
        var qualified = false
        if let key = tokens.key(index), let offset = Self.directions[key] {
            direction = offset
            seasonIndex += 1
            qualified = true
            if offset == 0, tokens.isWord(seasonIndex, Self.past) {  // "this past spring"
                direction = -1
                seasonIndex += 1
            }
        } else if tokens.isWord(index, Self.the) {
            seasonIndex += 1
            qualified = true
        }
        guard let season = Season.named(at: seasonIndex, in: tokens) else { return nil }
        var end = seasonIndex + 1
        var year: Int?
        if tokens.isWord(end, Self.of), let written = calendar.writtenYear(at: end + 1, in: tokens) {
            year = written
            end += 2
        } else if tokens.isWord(end, Self.of), let spoken = SpokenYearRule.spokenYear(at: end + 1, in: tokens) {
            year = spoken.value  // "the winter of nineteen ninety-four"
            end = spoken.end
        } else if let written = calendar.writtenYear(at: end, in: tokens) {
            year = written
            end += 1
        }
        if year == nil {
            if tokens.isWord(end, Self.of) && (season == .fall || season == .spring) { return nil }
            if !qualified {
                guard season != .fall, season != .spring, tokens.isWord(index - 1, in: Self.cues) else { return nil }
            } else if direction == nil, season == .fall || season == .spring, !tokens.isWord(index - 1, in: Self.cues) {
                return nil
            }
        }
        let range = index..<end
        if let year {
            let value = season.value(in: year)
            return TimeMatch(tokens: range, type: .date, value: value.value, days: value.days)
        }
        guard let anchor else {
            return TimeMatch(tokens: range, type: .date, value: "XXXX-" + season.rawValue, resolved: false)
        }
        let current = Season.holding(anchor)
        let currentStart = current.season.value(in: current.year).days.first
        let candidates = (anchor.year - 2...anchor.year + 1).map { season.value(in: $0) }
        let chosen: (value: String, days: DayInterval)?
        switch direction {
        case -1: chosen = candidates.last { $0.days.first < currentStart }
        case 1: chosen = candidates.first { $0.days.first > currentStart }
        case 0: chosen = season.value(in: season == .winter && anchor.month <= 2 ? anchor.year - 1 : anchor.year)
        default:
            switch tenses.tense(around: range, in: tokens) {
            case .past: chosen = candidates.last { $0.days.first <= anchor }
            case .future: chosen = candidates.first { $0.days.last >= anchor }
            case nil: chosen = season.value(in: season == .winter && anchor.month <= 2 ? anchor.year - 1 : anchor.year)
            }
        }
        guard let chosen else { return nil }
        return TimeMatch(tokens: range, type: .date, value: chosen.value, days: chosen.days)
    }

    private static let the = WordKey.word("the")
    private static let of = WordKey.word("of")
    private static let past = WordKey.word("past")
    private static let directions: [WordKey: Int] = WordKey.table([
        "last": -1, "this": 0, "next": 1, "past": -1, "coming": 1, "previous": -1,
    ])
    private static let cues = WordKey.set([
        "in", "during", "over", "since", "until", "by", "through", "throughout", "this", "early", "late", "before",
        "after",
    ])
}
