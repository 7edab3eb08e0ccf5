/// Reads a number written in digits, words or both, starting at a token.
///
/// Forms read:
/// - digits with separators and decimals (`240`, `1,200.5`), optionally followed by a scale word
///   (`3 million`, `1.5 trillion`, `240 bn`) or with a scale glued on (`240bn`, `2.5m`, `10k`, `3tn`);
/// - words, hyphenated or spaced (`twenty-three`, `two hundred and fifty`, `three million`,
///   `one-and-a-half`, `a dozen`, `a hundred`, `half a million`);
/// - round plurals as intervals: a plural of a round number R ("tens", "dozens", "hundreds",
///   "thousands", "millions", "billions") means 2R up to (but excluding) 10R, and each further
///   "of <round plural>" multiplies by its R: "tens of thousands" is [20,000, 100,000), "dozens" is
///   [24, 120), "hundreds of thousands" is [200,000, 1,000,000);
/// - the articles "a"/"an" and "half (a/an)" as 1 and 0.5, marked `needsUnit` because they are
///   numbers only before a unit ("an hour", "half an hour").
///
/// Whatever follows the number inside its last token ("year", "old" in `71-year-old`, "day" in
/// `three-day`) is returned as `tail` for the caller to interpret; ordinals (`21st`, `twenty-first`)
/// and decades (`1990s`) are not numbers here.
package struct NumberWordParser: Sendable {
    /// Creates the parser.
    package init() {}

    /// The number starting at token `index`, if one does.
    package func parse(at index: Int, in tokens: KeyedTokens) -> ParsedNumber? {
        switch tokens.kind(index) {
        case .number: digits(at: index, in: tokens)
        case .alphanumeric: alphanumeric(at: index, in: tokens)
        case .word: words(at: index, in: tokens)
        default: nil
        }
    }

    // MARK: Tables

    package static let units: [WordKey: Double] = WordKey.table([
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ])
    package static let tens: [WordKey: Double] = WordKey.table([
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ])
    /// Scale words that may follow a number as a separate token.
    package static let scales: [WordKey: Double] = WordKey.table([
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
        "bln": 1e9, "tn": 1e12, "trn": 1e12,
    ])
    /// Scale suffixes glued to digits (`240bn`, `2.5m`, `10k`).
    static let gluedScales: [WordKey: Double] = WordKey.table([
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ])
    /// Plurals of round numbers and the number each stands for.
    static let roundPlurals: [WordKey: Double] = WordKey.table([
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
        "billions": 1e9, "trillions": 1e12,
    ])
    private static let hundred = WordKey.word("hundred")
    private static let dozen = WordKey.word("dozen")
    private static let and = WordKey.word("and")
    private static let of = WordKey.word("of")
    private static let half = WordKey.word("half")
    private static let articles = WordKey.set(["a", "an"])

    /// Whether a word can start a number ("three", "a", "half", "thousands").
    private static func startsNumber(_ key: WordKey) -> Bool {
        units[key] != nil || tens[key] != nil || roundPlurals[key] != nil || articles.contains(key) || key == half
    }

    /// Whether a word can continue a number begun in an earlier token.
    private static func continuesNumber(_ key: WordKey) -> Bool {
        units[key] != nil || tens[key] != nil || scales[key] != nil || roundPlurals[key] != nil || key == hundred
            || key == dozen || key == and || key == of || articles.contains(key) || key == half
    }

    // MARK: Digits

    /// Value of a run of digits with separators and a decimal part at the start of `bytes`.
    package static func digitValue(_ bytes: ArraySlice<UInt8>) -> (value: Double, end: Int, plain: Bool)? {
        // Digits are gathered as one integer and divided once, so that "1.43" is exactly 1.43.
        var mantissa = 0.0
        var fractionDigits = 0
        var inFraction = false
        var plain = true
        var index = bytes.startIndex
        var sawDigit = false
        func digitFollows(_ position: Int) -> Bool {
            position + 1 < bytes.endIndex && bytes[position + 1] >= 0x30 && bytes[position + 1] <= 0x39
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                mantissa = mantissa * 10 + Double(byte - 0x30)
                if inFraction { fractionDigits += 1 }
            } else if byte == 0x2C, !inFraction, sawDigit, digitFollows(index) {
                plain = false
            } else if byte == 0x2E, !inFraction, sawDigit, digitFollows(index) {
                inFraction = true
                plain = false
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        return (mantissa / divisor, index, plain)
    }

    private func digits(at index: Int, in tokens: KeyedTokens) -> ParsedNumber? {
        let bytes = tokens.bytes(index)
        guard let read = Self.digitValue(bytes), read.end == bytes.endIndex else { return nil }
        var number = ParsedNumber(tokens: index..<index + 1, value: ValueInterval(exactly: read.value))
        if read.plain, let fraction = Self.fraction(after: index, in: tokens) {
            // A mixed fraction: "5 1/2 hours" is five and a half.
            number.value = ValueInterval(exactly: read.value + fraction.value)
            number.tokens = index..<fraction.end
            return number
        }
        if read.plain, bytes.count <= 9 { number.plainInteger = Int(read.value) }
        if let key = tokens.key(index + 1), let scale = Self.scales[key], tokens.gap(index + 1) != TokenGap.none {
            number.value = ValueInterval(exactly: read.value * scale)
            number.scale = scale
            number.tokens = index..<index + 2
            number.plainInteger = nil
        }
        return number
    }

    /// The fraction of a mixed number after the whole part at `index` (`5 1/2`, `2 3/4`): a numerator,
    /// a slash and a denominator from 2 to 16 touching each other, the numerator the smaller. A
    /// fraction standing alone (`1/2`) is not read: it may be a date.
    static func fraction(after index: Int, in tokens: KeyedTokens) -> (value: Double, end: Int)? {
        let slash = index + 2
        guard slash + 1 < tokens.count, tokens.kind(index + 1) == .number, tokens.gap(index + 1) == .space,
            tokens.bytes(slash).elementsEqual([0x2F]), tokens.gap(slash) == TokenGap.none,
            tokens.kind(slash + 1) == .number, tokens.gap(slash + 1) == TokenGap.none,
            let numerator = digitValue(tokens.bytes(index + 1)), numerator.plain,
            numerator.end == tokens.bytes(index + 1).endIndex,
            let denominator = digitValue(tokens.bytes(slash + 1)), denominator.plain,
            denominator.end == tokens.bytes(slash + 1).endIndex,
            (2...16).contains(denominator.value), numerator.value >= 1, numerator.value < denominator.value
        else { return nil }
        return (numerator.value / denominator.value, slash + 2)
    }

    private func alphanumeric(at index: Int, in tokens: KeyedTokens) -> ParsedNumber? {
        let bytes = tokens.bytes(index)
        guard let read = Self.digitValue(bytes), read.end < bytes.endIndex else { return nil }
        var number = ParsedNumber(tokens: index..<index + 1, value: ValueInterval(exactly: read.value))
        var rest = bytes[read.end...]
        if rest.first != 0x2D {
            // A glued suffix: only a scale is a number ("240bn"); "21st", "1990s", "3pm" are not.
            let end = rest.firstIndex(of: 0x2D) ?? rest.endIndex
            guard let key = WordKey(bytes: rest[rest.startIndex..<end]), let scale = Self.gluedScales[key] else {
                return nil
            }
            number.value = ValueInterval(exactly: read.value * scale)
            number.scale = scale
            rest = rest[end...]
        }
        if rest.first == 0x2D {
            var tail: [WordKey?] = []
            var start = rest.startIndex + 1
            for position in rest.indices.dropFirst() where rest[position] == 0x2D {
                tail.append(WordKey(bytes: rest[start..<position]))
                start = position + 1
            }
            tail.append(WordKey(bytes: rest[start..<rest.endIndex]))
            number.tail = tail
        }
        return number
    }

    // MARK: Words

    /// One hyphen-separated part of a word token.
    private struct Atom {
        var key: WordKey?
        var token: Int
        var segment: Int
    }

    private func words(at index: Int, in tokens: KeyedTokens) -> ParsedNumber? {
        guard let first = tokens.firstSegmentKey(index), Self.startsNumber(first) else { return nil }
        // A lone article is a number only before a unit or scale word: check cheaply before collecting.
        if Self.articles.contains(first), tokens.key(index).map({ Self.articles.contains($0) }) == true {
            guard tokens.kind(index + 1) == .word else { return nil }
        }
        var atoms: [Atom] = []
        var token = index
        while token < tokens.count, tokens.kind(token) == .word, atoms.count < 16 {
            if token > index {
                guard tokens.gap(token) == .space, let key = tokens.firstSegmentKey(token), Self.continuesNumber(key)
                else { break }
            }
            for (segment, key) in tokens.segments(token).enumerated() {
                atoms.append(Atom(key: key, token: token, segment: segment))
            }
            token += 1
        }
        guard let read = grammar(atoms.map(\.key)), read.consumed > 0 else { return nil }
        let last = atoms[read.consumed - 1]
        var number = ParsedNumber(tokens: index..<last.token + 1, value: read.value)
        number.scale = read.scale
        number.needsUnit = read.needsUnit
        number.isVague = read.isVague
        number.isWords = true
        if read.consumed < atoms.count, atoms[read.consumed].token == last.token {
            number.tail = atoms[read.consumed...].prefix { $0.token == last.token }.map(\.key)
        }
        return number
    }

    /// What the last word read was, for the word-number grammar.
    private enum Last { case start, unit, teen, tens, hundred, scale, dozen, and, half }

    /// A number read from word keys.
    private struct WordReading {
        /// The value.
        var value: ValueInterval
        /// How many keys it consumed.
        var consumed: Int
        /// The trailing scale word's value, else 1.
        var scale: Double = 1
        /// Whether it is an article or fraction that needs a unit.
        var needsUnit = false
        /// Whether it is a round plural.
        var isVague = false
    }

    /// Reads a number from word keys.
    private func grammar(_ keys: [WordKey?]) -> WordReading? {
        func key(_ k: Int) -> WordKey? { k < keys.count ? keys[k] : nil }
        guard let first = key(0) else { return nil }
        // Round plurals: "tens of thousands".
        if let round = Self.roundPlurals[first] {
            var low = 2 * round
            var high = 10 * round
            var consumed = 1
            while key(consumed) == Self.of, let next = key(consumed + 1), let more = Self.roundPlurals[next],
                more > round
            {
                low *= more
                high *= more
                consumed += 2
            }
            return WordReading(
                value: ValueInterval(low: low, high: high, highOpen: true), consumed: consumed, isVague: true)
        }
        var total = 0.0
        var current = 0.0
        var last = Last.start
        var largest = Double.infinity
        var trailingScale = 1.0
        var k = 0
        if Self.articles.contains(first) {
            guard let next = key(1), next == Self.hundred || next == Self.dozen || Self.scales[next] != nil else {
                return WordReading(value: ValueInterval(exactly: 1), consumed: 1, needsUnit: true)
            }
            current = 1
            last = .unit
            k = 1
        } else if first == Self.half {
            guard let next = key(1), Self.articles.contains(next) else {
                return WordReading(value: ValueInterval(exactly: 0.5), consumed: 1, needsUnit: true)
            }
            if let after = key(2), let scale = Self.scales[after] {
                return WordReading(value: ValueInterval(exactly: 0.5 * scale), consumed: 3, scale: scale)
            }
            return WordReading(value: ValueInterval(exactly: 0.5), consumed: 2, needsUnit: true)
        }
        loop: while let word = key(k) {
            if let n = Self.units[word] {
                switch last {
                case .start, .hundred, .scale, .and: break
                case .tens where n > 0 && n < 10: break
                default: break loop
                }
                current += n
                last = n >= 10 ? .teen : .unit
            } else if let n = Self.tens[word] {
                guard [.start, .hundred, .scale, .and].contains(last) else { break loop }
                current += n
                last = .tens
            } else if word == Self.hundred {
                guard current > 0, current < 100, [.unit, .teen, .tens].contains(last) else { break loop }
                current *= 100
                last = .hundred
            } else if let scale = Self.scales[word] {
                guard current > 0, scale < largest else { break loop }
                total += current * scale
                current = 0
                largest = scale
                trailingScale = scale
                last = .scale
                k += 1
                continue
            } else if word == Self.dozen {
                guard current > 0, current < 100, [.unit, .teen, .tens].contains(last) else { break loop }
                current *= 12
                last = .dozen
            } else if word == Self.and {
                if [.hundred, .scale].contains(last), let next = key(k + 1),
                    Self.units[next] != nil || Self.tens[next] != nil
                {
                    last = .and
                    k += 1
                    continue
                }
                if [.unit, .teen, .tens, .hundred].contains(last), let a = key(k + 1), Self.articles.contains(a),
                    key(k + 2) == Self.half
                {
                    current += 0.5
                    last = .half
                    k += 3
                    trailingScale = 1
                    continue
                }
                break loop
            } else {
                break loop
            }
            trailingScale = 1
            k += 1
        }
        guard k > 0, last != .and else { return nil }
        return WordReading(value: ValueInterval(exactly: total + current), consumed: k, scale: trailingScale)
    }
}
