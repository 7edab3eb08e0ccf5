import ParallaxCore

/// The rest of the day, as Recognizers-Text reads it: "rest of the day", "rest of my day", "rest
/// of current day", "rest the day" span from now to the last second of the document date,
/// `(2016-11-07T16:12:00,2016-11-07T23:59:59,PT28079S)` (from midnight when the clock time of writing
/// is not known).
struct RestOfDayComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with each rest of the day added in text order, in place of the matches inside it
    /// ("my day"); a match reaching outside the phrase keeps it out.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens, anchor: CalendarDate?, now: TimexMoment?)
        -> [TimeMatch]
    {
        guard let start = now ?? anchor.map({ TimexMoment(day: $0, seconds: 0) }) else { return matches }
        var output = matches
        var index = 0
        while index < tokens.count {
            guard tokens.isWord(index, Self.rest), let end = phraseEnd(after: index, in: tokens),
                !matches.contains(where: { $0.tokens.overlaps(index..<end) && !Self.inside($0, index..<end) })
            else {
                index += 1
                continue
            }
            let last = TimexMoment(day: start.day, seconds: 86_399)
            let value = TimexRange(start: start.value, end: last.value, duration: "PT\(last.seconds - start.seconds)S")
            let match = TimeMatch(
                tokens: index..<end, type: .time, value: value.description, days: DayInterval(day: start.day))
            output.removeAll { Self.inside($0, index..<end) }  // "my day" inside "rest of my day"
            let position = output.firstIndex { $0.tokens.lowerBound > index } ?? output.count
            output.insert(match, at: position)
            index = end
        }
        return output
    }

    /// Whether `match` lies within `phrase`.
    private static func inside(_ match: TimeMatch, _ phrase: Range<Int>) -> Bool {
        match.tokens.lowerBound >= phrase.lowerBound && match.tokens.upperBound <= phrase.upperBound
    }

    /// Where "rest [of] [the|this|current|my] day" that starts at token `index` ends.
    private func phraseEnd(after index: Int, in tokens: KeyedTokens) -> Int? {
        var at = index + 1
        if tokens.isWord(at, Self.of) { at += 1 }
        if tokens.isWord(at, in: Self.determiners) { at += 1 }
        return tokens.isWord(at, Self.day) ? at + 1 : nil
    }

    private static let rest = WordKey.word("rest")
    private static let of = WordKey.word("of")
    private static let day = WordKey.word("day")
    private static let determiners = WordKey.set(["the", "this", "current", "my"])
}
