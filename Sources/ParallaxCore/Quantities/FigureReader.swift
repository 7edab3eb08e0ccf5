/// Reads one figure — a number with what it measures — at a token position, for
/// `PatternQuantityRecognizer`.
///
/// Interpretation, in order, of what follows a number (or a stated range):
/// 1. a currency sign or code before it, or a currency word after it → money in currency units;
/// 2. `%`, "percent", "per cent", "pct" → percent; "percentage point(s)" → percent with unit
///    `percentage point`;
/// 3. a time unit → duration in seconds ("an hour and 35 minutes"); the adjectives "three-day",
///    "90-minute" too; a duration followed by "ago" is a date and is left out;
/// 4. "years old", "-year-old" → age; so is a number 1–120 after "aged"/"age"/"the age of", or set
///    off by commas right after a capitalized name ("Putin, 72,");
/// 5. a unit of measure (`NewsDimensionUnits`) → dimension in the base unit ("200 miles" is
///    321,868.8 metres, "500,000 barrels" is litres);
/// 6. a plural noun right after it, or "of" + a plural noun → count with that noun as unit;
/// 7. otherwise a bare number — except a lone "one" (mostly a pronoun), a number after "No.", and a
///    number right after a capitalized word inside a sentence ("Resolution 2231", "Group of Seven").
///
/// Ranges: "between A and B", "from A to B", "A-B", "A–B", and "A to B" / "A or B" when a unit
/// follows B; a scale or currency on B applies to A ("$10-20bn" is 10bn…20bn). A bare plural time
/// unit after "for", "over", "after", "within", "lasting" is a vague duration: 2 up to 10 units
/// ("for decades" is [20, 100) years), the same rule as round plurals in `NumberWordParser`.
struct FigureReader: Sendable {
    /// A figure read from text, before any hedge is applied.
    struct Figure: Sendable {
        /// Tokens covered.
        var tokens: Range<Int>
        /// What it measures.
        var kind: QuantityKind
        /// Its unit.
        var unit: String?
        /// Its value in the unit.
        var value: ValueInterval
    }

    /// A number with the currency written before it.
    private struct Amount {
        var currency: CurrencyTable.Match?
        var number: ParsedNumber
        var end: Int { number.tokens.upperBound }
    }

    private let tokens: KeyedTokens
    private let numbers = NumberWordParser()
    private let durations = DurationReader()
    private let currencies = CurrencyTable()
    private let nouns = CountNounRules()
    private let dimensions = NewsDimensionUnits()
    private let calendar = CalendarNumberRules()

    /// Creates a reader over `tokens`.
    init(tokens: KeyedTokens) { self.tokens = tokens }

    /// The figure starting at token `index`; `previousEnd` is where the previous quantity ended.
    func figure(at index: Int, previousEnd: Int) -> Figure? {
        guard let kind = tokens.kind(index) else { return nil }
        switch kind {
        case .number, .alphanumeric, .currency: break
        case .word:
            if tokens.isWord(index, Self.between) { return statedRange(at: index, connector: Self.and) }
            if tokens.isWord(index, Self.from) { return statedRange(at: index, connector: Self.to) }
            if let vague = vagueDuration(at: index) { return vague }
        default: return nil
        }
        guard let first = amount(at: index) else { return nil }
        if let second = rangeEnd(after: first) {
            let dashed = tokens.kind(first.end) != .word
            if let figure = interpret(
                start: index, first: first, second: second, requireUnit: !dashed, previousEnd: previousEnd)
            {
                return figure
            }
        }
        return interpret(start: index, first: first, second: nil, requireUnit: false, previousEnd: previousEnd)
    }

    // MARK: Amounts and ranges

    private func amount(at index: Int) -> Amount? {
        if let currency = currencies.prefix(at: index, in: tokens) {
            let start = index + currency.length
            guard let number = numbers.parse(at: start, in: tokens), !number.needsUnit, !number.isVague,
                number.tail.isEmpty
            else { return nil }
            return Amount(currency: currency, number: number)
        }
        if calendar.extent(at: index, in: tokens) != nil { return nil }
        guard let number = numbers.parse(at: index, in: tokens) else { return nil }
        return Amount(currency: nil, number: number)
    }

    /// The second amount of "A-B", "A–B", "A to B", "A or B".
    private func rangeEnd(after first: Amount) -> Amount? {
        let connector = first.end
        guard first.number.tail.isEmpty, !first.number.needsUnit, !first.number.isVague else { return nil }
        let bytes = tokens.bytes(connector)
        let isDash = bytes.elementsEqual([0x2D]) || bytes.elementsEqual([0xE2, 0x80, 0x93])
        guard isDash || tokens.isWord(connector, Self.to) || tokens.isWord(connector, Self.or) else { return nil }
        guard let second = secondAmount(at: connector + 1, matching: first) else { return nil }
        // A range is written low to high; a dashed pair falling ("52-48", "3-1", "787-9", "2019-20")
        // is a tally, a score, a model or a season, not the values between.
        // ("5-10 million" rises: the scale of the second applies to the first.)
        if isDash, second.number.scale == 1 || first.number.scale > 1,
            first.number.value.low > second.number.value.high
        {
            return nil
        }
        return second
    }

    private func secondAmount(at index: Int, matching first: Amount) -> Amount? {
        guard let second = amount(at: index), !second.number.needsUnit, !second.number.isVague,
            second.number.tail.isEmpty
        else { return nil }
        if let currency = second.currency, currency.code != first.currency?.code { return nil }
        return second
    }

    /// "between A and B …", "from A to B …".
    private func statedRange(at index: Int, connector: WordKey?) -> Figure? {
        guard let first = amount(at: index + 1), first.number.tail.isEmpty, !first.number.needsUnit else { return nil }
        var next = first.end
        if let percent = percentUnit(at: next) { next += percent.length }
        guard tokens.isWord(next, connector), let second = secondAmount(at: next + 1, matching: first) else {
            return nil
        }
        return interpret(start: index, first: first, second: second, requireUnit: false, previousEnd: -1)
    }

    /// The value of a single amount or of a range, a scale on the second applying to the first.
    private func value(_ first: Amount, _ second: Amount?) -> ValueInterval {
        guard let second else { return first.number.value }
        var low = first.number.value.low
        let scale = second.number.scale
        if first.number.scale == 1, scale > 1, low * scale <= second.number.value.high { low *= scale }
        return ValueInterval(low: low, high: second.number.value.high, highOpen: second.number.value.highOpen)
    }

    // MARK: Interpretation

    private func interpret(start: Int, first: Amount, second: Amount?, requireUnit: Bool, previousEnd: Int) -> Figure? {
        let last = second ?? first
        let value = value(first, second)
        let unitIndex = last.end
        if second == nil, !first.number.tail.isEmpty { return adjective(start: start, number: first.number) }
        if let currency = first.currency ?? second?.currency {
            var code = currency.code
            var end = unitIndex
            if let word = currencies.suffix(at: unitIndex, in: tokens),
                word.code == code || (currency.isYenSign && CurrencyTable.isYuan(word.code))
            {
                code = word.code
                end += word.length
            }
            return Figure(tokens: start..<end, kind: .money, unit: code, value: value)
        }
        if let percent = percentUnit(at: unitIndex) {
            return Figure(tokens: start..<unitIndex + percent.length, kind: .percent, unit: percent.unit, value: value)
        }
        if let word = currencies.suffix(at: unitIndex, in: tokens) {
            return Figure(tokens: start..<unitIndex + word.length, kind: .money, unit: word.code, value: value)
        }
        if last.number.isVague, tokens.isWord(unitIndex, Self.of),
            let word = currencies.suffix(at: unitIndex + 1, in: tokens)
        {
            return Figure(tokens: start..<unitIndex + 1 + word.length, kind: .money, unit: word.code, value: value)
        }
        if !last.number.needsUnit, let unit = TimeUnit.word(tokens.key(unitIndex)), unit.unit == .year,
            unit.multiple == 1, tokens.isWord(unitIndex + 1, Self.old)
        {
            return Figure(tokens: start..<unitIndex + 2, kind: .age, unit: "year", value: value)
        }
        switch duration(start: start, first: first, second: second, value: value, previousEnd: previousEnd) {
        case .found(let figure): return figure
        case .excluded: return nil
        case .absent: break
        }
        if first.number.needsUnit || last.number.needsUnit { return nil }
        if let unit = dimensions.match(at: unitIndex, in: tokens) {
            let base = ValueInterval(
                low: value.low * unit.factor, high: value.high * unit.factor, lowOpen: value.lowOpen,
                highOpen: value.highOpen)
            return Figure(tokens: start..<unitIndex + unit.length, kind: .dimension, unit: unit.baseUnit, value: base)
        }
        if let noun = nouns.noun(at: unitIndex, in: tokens), !isCounterTotal(start: start, nounIndex: unitIndex) {
            return Figure(tokens: start..<unitIndex + 1, kind: .count, unit: noun, value: value)
        }
        if tokens.isWord(unitIndex, Self.of), let noun = nouns.noun(at: unitIndex + 1, in: tokens) {
            return Figure(tokens: start..<unitIndex + 2, kind: .count, unit: noun, value: value)
        }
        // One modifier between the number and its noun: a capitalized word ("28,500 U.S. troops", "300
        // American soldiers") or a common adjective ("four young couples"); not after a year ("in 2018
        // federal prosecutors").
        if tokens.kind(unitIndex) == .word, tokens.isCapitalized(unitIndex) || tokens.isWord(unitIndex, in: Self.modifiers),
            !tokens.isCapitalized(unitIndex + 1), !looksLikeYear(start, value),
            !isCounterTotal(start: start, nounIndex: unitIndex),
            let noun = nouns.noun(at: unitIndex + 1, in: tokens)
        {
            return Figure(tokens: start..<unitIndex + 2, kind: .count, unit: noun, value: value)
        }
        if requireUnit { return nil }
        if second == nil, isAge(start: start, number: first.number) {
            return Figure(tokens: start..<unitIndex, kind: .age, unit: "year", value: value)
        }
        guard second != nil || isBareNumber(start: start, number: first.number) else { return nil }
        return Figure(tokens: start..<unitIndex, kind: .number, unit: nil, value: value)
    }

    /// What a time unit after an amount makes of it.
    private enum DurationReading {
        /// No time unit follows.
        case absent
        /// A length of time that is not a quantity here: "two days ago" (a date), "a year" after
        /// another figure or after "per", "twice" (a rate).
        case excluded
        /// A duration.
        case found(Figure)
    }

    private func duration(start: Int, first: Amount, second: Amount?, value: ValueInterval, previousEnd: Int)
        -> DurationReading
    {
        if let second {
            guard let word = TimeUnit.word(tokens.key(second.end)) else { return .absent }
            if tokens.isWord(second.end + 1, Self.ago) { return .excluded }
            let seconds = word.multiple * word.unit.seconds
            let scaled = ValueInterval(low: value.low * seconds, high: value.high * seconds, highOpen: value.highOpen)
            return .found(Figure(tokens: start..<second.end + 1, kind: .duration, unit: "second", value: scaled))
        }
        guard let match = durations.read(after: first.number, in: tokens) else { return .absent }
        if tokens.isWord(match.end, Self.ago) { return .excluded }
        if first.number.needsUnit, start == previousEnd || tokens.isWord(start - 1, in: Self.rateWords) {
            return .excluded
        }
        let seconds = ValueInterval(exactly: match.seconds)
        return .found(Figure(tokens: start..<match.end, kind: .duration, unit: "second", value: seconds))
    }

    /// "71-year-old", "three-day", "90-minute".
    private func adjective(start: Int, number: ParsedNumber) -> Figure? {
        let tail = number.tail
        if tail.count == 2, let unit = TimeUnit.word(tail[0]), unit.unit == .year, unit.multiple == 1,
            tail[1] == Self.old || tail[1] == Self.olds
        {
            return Figure(tokens: start..<number.tokens.upperBound, kind: .age, unit: "year", value: number.value)
        }
        guard let part = durations.adjective(number) else { return nil }
        return Figure(
            tokens: start..<number.tokens.upperBound, kind: .duration, unit: "second",
            value: ValueInterval(exactly: part.amount * part.unit.seconds))
    }

    /// "for decades", "over years": a bare plural time unit after a duration cue.
    private func vagueDuration(at index: Int) -> Figure? {
        guard let word = TimeUnit.word(tokens.key(index)), word.isPlural,
            tokens.isWord(index - 1, in: Self.durationCues)
        else { return nil }
        let unit = word.multiple * word.unit.seconds
        return Figure(
            tokens: index..<index + 1, kind: .duration, unit: "second",
            value: ValueInterval(low: 2 * unit, high: 10 * unit, highOpen: true))
    }

    private func percentUnit(at index: Int) -> (unit: String, length: Int)? {
        if tokens.kind(index) == .percent { return ("percent", 1) }
        guard let key = tokens.key(index) else { return nil }
        if key == Self.percent || key == Self.pct { return ("percent", 1) }
        if key == Self.per, tokens.isWord(index + 1, Self.cent) { return ("percent", 2) }
        if key == Self.percentage, tokens.isWord(index + 1, in: Self.points) { return ("percentage point", 2) }
        return nil
    }

    /// "aged 40", "at the age of 40", "Putin, 72,".
    private func isAge(start: Int, number: ParsedNumber) -> Bool {
        guard let age = number.point, age >= 1, age <= 120, age == age.rounded(), number.scale == 1 else {
            return false
        }
        if tokens.isWord(start - 1, in: Self.ageCues) { return true }
        if tokens.isWord(start - 1, Self.of), tokens.isWord(start - 2, Self.age) { return true }
        let name = start - 2
        return tokens.isPunctuation(start - 1, 0x2C) && tokens.isPunctuation(number.tokens.upperBound, 0x2C)
            && tokens.kind(name) == .word && tokens.isCapitalized(name) && MonthName.month(at: name, in: tokens) == nil
            && WeekdayName.weekday(at: name, in: tokens) == nil
    }

    /// Whether a number with no unit is reported at all: not a lone "one", not a number after
    /// "No." or "#", not a number word capitalized inside a sentence ("Group of Seven"), and not a
    /// number right after a capitalized word ("Resolution 2231") unless that word is a sentence
    /// opener such as "Only" or "The".
    private func isBareNumber(start: Int, number: ParsedNumber) -> Bool {
        if number.isWords, number.point == 1, number.tokens.count == 1, number.scale == 1 { return false }
        let previous = start - 1
        if tokens.isWord(previous, Self.numberAbbreviation) || tokens.isPunctuation(previous, 0x23) { return false }
        if number.isWords, tokens.isCapitalized(start), !tokens.isSentenceStart(start) { return false }
        // An identifier: "Resolution 2231", "Section 4", "Boeing 737".
        guard tokens.kind(previous) == .word, tokens.isCapitalized(previous), tokens.gap(start) == .space,
            !tokens.isSentenceStart(start)
        else { return true }
        if tokens.isSentenceStart(previous), tokens.isWord(previous, in: Self.openers) { return true }
        return MonthName.month(at: previous, in: tokens) != nil || WeekdayName.weekday(at: previous, in: tokens) != nil
    }

    private static let between = WordKey.word("between")
    private static let from = WordKey.word("from")
    private static let and = WordKey.word("and")
    private static let to = WordKey.word("to")
    private static let or = WordKey.word("or")
    private static let of = WordKey.word("of")
    /// Common adjectives that stand between a count and its noun.
    private static let modifiers = WordKey.set([
        "young", "old", "other", "more", "additional", "new", "former", "armed", "unarmed", "civilian", "foreign",
        "local", "senior", "junior", "elderly", "wounded", "injured", "dead", "small", "large", "major", "top",
    ])

    /// Whether the number is the total of a running counter ("Image 23 of 33") and the capitalized word
    /// after it opens the next sentence of a caption ("… of 33 Seven people were shot", "… of 111
    /// Friends of the victims"), not a noun or modifier of what the number counts.
    private func isCounterTotal(start: Int, nounIndex: Int) -> Bool {
        start >= 2 && tokens.isWord(start - 1, Self.of) && tokens.kind(start - 2) == .number
            && tokens.isCapitalized(nounIndex)
    }

    /// Whether the amount at `start` reads as a year: a lone four-digit number from 1800 to 2100.
    private func looksLikeYear(_ start: Int, _ value: ValueInterval) -> Bool {
        value.low == value.high && (1800...2100).contains(value.low) && tokens.bytes(start).count == 4
    }
    private static let ago = WordKey.word("ago")
    private static let old = WordKey.word("old")
    private static let olds = WordKey.word("olds")
    private static let age = WordKey.word("age")
    private static let percent = WordKey.word("percent")
    private static let pct = WordKey.word("pct")
    private static let per = WordKey.word("per")
    private static let cent = WordKey.word("cent")
    private static let percentage = WordKey.word("percentage")
    private static let numberAbbreviation = WordKey.word("no.")
    private static let points = WordKey.set(["point", "points"])
    private static let ageCues = WordKey.set(["aged", "age"])
    private static let rateWords = WordKey.set(["per", "times", "once", "twice", "thrice", "every", "each"])
    private static let openers = WordKey.set([
        "the", "a", "an", "and", "but", "or", "only", "just", "another", "all", "some", "about", "nearly", "almost",
        "approximately", "roughly", "around", "estimated", "circa", "over", "under", "above", "below", "well",
        "record", "at", "by", "with", "of", "for", "in", "on", "to", "from", "after", "before", "since", "during",
        "exactly", "still", "those", "these", "its", "their", "his", "her", "our", "my", "your", "no", "more",
        "less", "fewer", "than", "up", "as", "so", "then", "now", "also", "even", "while", "when", "if", "that",
        "this", "without", "within", "per", "each", "every", "yet", "already", "both", "among", "including",
        "until", "between", "there", "here",
    ])
    private static let durationCues = WordKey.set(["for", "over", "after", "within", "lasting", "spanning"])
}
