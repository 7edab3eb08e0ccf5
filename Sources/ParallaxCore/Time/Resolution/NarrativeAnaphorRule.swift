/// Dates named by reference to the story's own timeline rather than the document date: "that
/// year", "later that year", "the following year", "that month", "the following month", "that
/// (same) day", "earlier that day", "the following day".
///
/// They resolve against the latest date the article named (`PeriodAnaphor.Base.namedYear` and the like): "in
/// June 1998 … later that year" is `1998`, "in March 1989 … the following month" is `1989-04`.
/// A unit finer than the date named ("that day" after "in 1998"), or no date named at all, leaves
/// the value unresolved (`XXXX`, `XXXX-XX`, `XXXX-XX-XX`).
struct NarrativeAnaphorRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        guard let found = Self.phrases.match(at: index, in: tokens) else { return nil }
        let (base, offset) = found.value
        let placeholder =
            switch base.namedUnit {
            case .year: "XXXX"
            case .month: "XXXX-XX"
            default: "XXXX-XX-XX"
            }
        var match = TimeMatch(tokens: index..<index + found.length, type: .date, value: placeholder, resolved: false)
        match.anaphor = PeriodAnaphor(base: base, yearsBack: 0, offset: offset)
        return match
    }

    private static let phrases: PhraseTable<(PeriodAnaphor.Base, Int)> = {
        var entries: [(String, (PeriodAnaphor.Base, Int))] = []
        for (noun, base) in [("year", PeriodAnaphor.Base.namedYear), ("month", .namedMonth), ("day", .namedDay)] {
            for form in ["that", "that same", "later that", "earlier that", "later that same", "earlier that same"] {
                entries.append(("\(form) \(noun)", (base, 0)))
            }
            entries.append(("the following \(noun)", (base, 1)))
        }
        return PhraseTable(entries)
    }()
}
