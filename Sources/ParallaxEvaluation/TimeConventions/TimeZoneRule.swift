import ParallaxCore

/// Time zones, valued as their offset from UTC the way Recognizers-Text writes them (`UTC+08:00`,
/// `UTC+XX:XX` when the offset is unknown): offsets ("UTC+8", "gmt-3", "utc4:30", "MSK+7",
/// "UTC -12h"), abbreviations ("PDT", "AEST", "pt" after "at" or a clock time), named zones
/// ("Pacific daylight time", "Central Europe Std Time", "mountain timezone", "Beijing time"),
/// Russia's numbered zones ("Russia time zone 3", `UTC+04:00`), "anywhere on Earth", and any
/// capitalized place before "time" or "timezone" ("Christchurch Time", "Colchester-time").
///
/// TIMEX3 has no time-zone expressions, so the rule runs only in the Recognizers-Text
/// convention. A lowercase or two-letter abbreviation counts only after "at", "in" or a clock
/// time, so that "ET is a film" or "a cot" stay out.
struct TimeZoneRule: TimeRule {
    /// Creates the rule.
    init() {}

    func match(at index: Int, in tokens: KeyedTokens, anchor: CalendarDate?) -> TimeMatch? {
        if let offset = offsetForm(at: index, in: tokens) { return offset }
        if let named = namedZone(at: index, in: tokens) { return named }
        if let abbreviation = abbreviation(at: index, in: tokens) { return abbreviation }
        if tokens.isWord(index, Self.anywhere), tokens.isWord(index + 1, Self.on), tokens.isWord(index + 2, Self.earth) {
            return Self.zone(index..<index + 3, offset: -720)
        }
        return place(at: index, in: tokens)
    }

    /// The words that may lie in a zone's first tokens, for `TimeTriggers`.
    static let triggers: Set<WordKey> = WordKey.set(["time", "timezone", "zone", "earth"])
        .union(Set(TimeZoneName.abbreviations.keys))

    /// "UTC+8", "gmt-3", "utc4:30", "UTC + 4", "MSK-1", "UTC -12h", "utc±0", and bare "UTC".
    private func offsetForm(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        var characters: [(Character, Int)] = []
        var last = index
        while last < min(index + 6, tokens.count) {
            if last > index {
                guard let gap = tokens.gap(last), gap == .none || gap == .space else { break }
                if gap == .space { characters.append((" ", -1)) }
            }
            characters += tokens.lowercased(last).map { ($0, last) }
            last += 1
        }
        let text = characters.map(\.0)
        guard text.count >= 3, let base = Self.bases[String(text[0..<3])] else { return nil }
        var position = 3
        func skipSpaces() { while position < text.count, text[position] == " " { position += 1 } }
        func digits(_ limit: Int) -> Int? {
            var value = 0
            var count = 0
            while position < text.count, count < limit, let digit = text[position].wholeNumberValue {
                value = value * 10 + digit
                count += 1
                position += 1
            }
            return count > 0 ? value : nil
        }
        var offset = 0
        var end = 3
        skipSpaces()
        let signed = position < text.count && "+-±".contains(text[position])
        let sign = signed && text[position] == "-" ? -1 : 1
        if signed { position += 1 }
        if signed { skipSpaces() } else { position = 3 }
        if let hours = digits(2), hours <= 14 {
            offset = hours * 60
            if position + 2 < text.count, text[position] == ":", let minutes = Int(String(text[position + 1...position + 2])) {
                offset += minutes
                position += 3
            } else if position < text.count, text[position] == "h" {
                position += 1
            }
            end = position
        }
        guard let lastToken = characters[safe: end - 1]?.1, end == text.count || characters[end].1 != lastToken else {
            return nil
        }
        if end == 3, tokens.isUppercaseWord(index) == false, !tokens.isWord(index - 1, in: Self.cues) { return nil }
        return Self.zone(index..<lastToken + 1, offset: base + sign * offset)
    }

    /// "Pacific daylight time", "Central Europe Std Time", "mountain timezone", "beijing-time",
    /// "Russia time zone 3".
    private func namedZone(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        if tokens.isWord(index, Self.russia), let zone = timeWord(at: index + 1, in: tokens),
            zone.upperBound > index + 2, let number = BareNumber.read(at: zone.upperBound, in: tokens),
            (1...11).contains(number.value)
        {
            return Self.zone(index..<number.tokens.upperBound, offset: (number.value + 1) * 60)
        }
        for length in [2, 1] {
            let lowered = (index..<index + length).map { tokens.lowercased($0) }
            if let last = lowered.last, last.hasSuffix("-time"),
                let offset = TimeZoneName.regions[Array(lowered.dropLast()) + [String(last.dropLast(5))]]
            {
                return Self.zone(index..<index + length, offset: offset)
            }
            guard let offset = TimeZoneName.regions[lowered] else { continue }
            var next = index + length
            var daylight = 0
            if tokens.isWord(next, in: Self.standard) {
                next += 1
            } else if tokens.isWord(next, Self.daylight) || tokens.isWord(next, Self.summer) {
                daylight = 60
                next += tokens.isWord(next + 1, Self.saving) ? 2 : 1
            }
            guard let time = timeWord(at: next, in: tokens) else { continue }
            return Self.zone(index..<time.upperBound, offset: offset + daylight)
        }
        return nil
    }

    /// The end of a "Beijing-time" token at `index`, when it is one.
    private func gluedTime(at index: Int, in tokens: KeyedTokens) -> Int? {
        let segments = tokens.segments(index)
        guard segments.count == 2, segments[1] == Self.time else { return nil }
        return index + 1
    }

    /// "time", "timezone" or "time zone" at `index`: the tokens it covers.
    private func timeWord(at index: Int, in tokens: KeyedTokens) -> Range<Int>? {
        if tokens.isWord(index, Self.timezone) { return index..<index + 1 }
        guard tokens.isWord(index, Self.time) else { return nil }
        return tokens.isWord(index + 1, Self.zone) ? index..<index + 2 : index..<index + 1
    }

    /// "PDT", "AEST", and "pt" or "et" after "at", "in" or a clock time.
    private func abbreviation(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard let key = tokens.key(index), let offset = TimeZoneName.abbreviations[key] else { return nil }
        let letters = tokens.bytes(index).count
        let cued = tokens.isWord(index - 1, in: Self.cues) || Self.isClock(index - 1, in: tokens)
        guard cued || (letters >= 3 && tokens.isUppercaseWord(index)) else { return nil }
        return Self.zone(index..<index + 1, offset: offset)
    }

    /// A capitalized place of up to three words before "time" or "timezone" ("San José Time",
    /// "St. Louis-time"), whose offset is unknown.
    private func place(at index: Int, in tokens: KeyedTokens) -> TimeMatch? {
        guard tokens.isCapitalized(index), !Self.isCommonWord(index, in: tokens) else { return nil }
        var next = index
        while next < index + 4, tokens.isCapitalized(next) || tokens.isPunctuation(next, 0x2E) {
            if let glued = gluedTime(at: next, in: tokens) { return Self.zone(index..<glued, offset: nil) }
            if next > index, tokens.isWord(next, Self.time) || tokens.isWord(next, Self.timezone) { break }
            next += 1
        }
        guard next > index, let time = timeWord(at: next, in: tokens) else { return nil }
        return Self.zone(index..<time.upperBound, offset: nil)
    }

    /// Whether token `index` is a word that opens sentences rather than names ("The", "Some", "Next").
    private static func isCommonWord(_ index: Int, in tokens: KeyedTokens) -> Bool {
        let word = tokens.lowercased(index)
        return NonNameWords.functionWords.contains(word) || NonNameWords.calendarWords.contains(word)
            || ["time", "timezone", "prime", "first", "last", "next", "any", "some", "every", "each", "what", "local"]
                .contains(word)
    }

    /// Whether token `index` ends a clock time ("1pm", "16:30", "PM").
    private static func isClock(_ index: Int, in tokens: KeyedTokens) -> Bool {
        let word = tokens.lowercased(index)
        if ["am", "pm", "a.m.", "p.m."].contains(word) { return true }
        guard word.first?.isNumber == true else { return false }
        return word.hasSuffix("am") || word.hasSuffix("pm") || word.contains(":")
    }

    private static func zone(_ tokens: Range<Int>, offset: Int?) -> TimeMatch {
        TimeMatch(tokens: tokens, type: .time, value: TimeZoneName.value(offset: offset), resolved: offset != nil)
    }

    private static let bases: [String: Int] = ["utc": 0, "gmt": 0, "msk": 180]
    private static let cues = WordKey.set(["at", "in"])
    private static let standard = WordKey.set(["standard", "std"])
    private static let daylight = WordKey.word("daylight")
    private static let summer = WordKey.word("summer")
    private static let saving = WordKey.word("saving")
    private static let time = WordKey.word("time")
    private static let timezone = WordKey.word("timezone")
    private static let zone = WordKey.word("zone")
    private static let russia = WordKey.word("russia")
    private static let anywhere = WordKey.word("anywhere")
    private static let on = WordKey.word("on")
    private static let earth = WordKey.word("earth")
}

extension Array {
    /// The element at `index`, or nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
