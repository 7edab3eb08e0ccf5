import ParallaxCore

/// Finds percentages, amounts of money, dimensions and ages in free text, built on
/// `NumberExtractor`'s numbers.
///
/// Rules:
/// - Percent: a number then `%`, "percent(s)", "per cent", "percentage", "pct"; or "percent of N"
///   / "per cent of N" (N%). A `%` touching letters or digits after it is URL encoding, not a
///   percentage. In percent mode a fraction before "of" ("one fourth of") and "N out of M" /
///   "N in M" are percentages too.
/// - Money: a currency sign, code or prefixed sign before the number (`$`, `US$`, `c $`, `usd`,
///   `MUSD` = millions of US dollars), or a currency sign, code or word after it (`yen`,
///   `australian dollars`, `元`, `₡`); a scale word after a code applies (`75 USD million`). After
///   a main unit, "and"? N (0 < N < 100) and an optional subunit word adds N hundredths
///   ("3 dollars 50 cents" is 3.5). A currency word with no number is reported without a value.
/// - Dimensions: a number then a unit of `DimensionUnitTable`, glued (`75ml`), hyphenated
///   (`3-inch`), spaced or bracketed (`20 (kg)`); feet then inches add up ("5 ft 2 in").
/// - Ages: a number then "years old", "year-old", "years of age", "months old", "weeks old",
///   "day old", "yo"; or "age" then a number.
public struct UnitQuantityExtractor: Sendable {
    /// Whether fractions before "of" and "N out of M" are percentages.
    public var percentMode: Bool

    /// Creates the extractor.
    public init(percentMode: Bool = false) { self.percentMode = percentMode }

    // MARK: Percent

    /// Percentages in `text` (unit `percent`, value in percent).
    public func percentages(in text: String) -> [UnitMention] {
        let lx = NumberLexer().lexemes(text)
        let grammar = NumberGrammar(lexemes: lx, readsOutOf: false)
        var result: [UnitMention] = []
        var index = 0
        func word(_ i: Int) -> String { i >= 0 && i < lx.count ? lx[i].text : "" }
        func percentWord(_ i: Int) -> Int? {
            if word(i) == "%", lx[i].kind == .symbol {
                if i + 1 < lx.count, lx[i + 1].isAdjacent, lx[i + 1].kind != .symbol { return nil }
                return 1
            }
            if ["percent", "percents", "percentage", "pct"].contains(word(i)) { return 1 }
            if word(i) == "per", word(i + 1) == "cent" { return 2 }
            return nil
        }
        while index < lx.count {
            if let length = percentWord(index), word(index + length) == "of",
                let number = grammar.number(at: index + length + 1), !number.kind.isOrdinal
            {
                result.append(mention(lx, index, number.lexemes.upperBound, .percent, "percent", number.value))
                index = number.lexemes.upperBound
                continue
            }
            if let number = grammar.number(at: index), !number.kind.isOrdinal,
                !(index > 0 && lx[index].isAdjacent && word(index - 1) == "%")
            {
                let end = number.lexemes.upperBound
                if let length = percentWord(end) {
                    result.append(mention(lx, index, end + length, .percent, "percent", number.value))
                    index = end + length
                    continue
                }
                if percentMode {
                    if number.kind == .fraction, word(end) == "of" {
                        result.append(mention(lx, index, end + 1, .percent, "percent", number.value * 100))
                        index = end + 1
                        continue
                    }
                    let connector = word(end) == "in" ? 1 : (word(end) == "out" && word(end + 1) == "of" ? 2 : 0)
                    if connector > 0, let other = grammar.number(at: end + connector), other.value != 0 {
                        result.append(mention(lx, index, other.lexemes.upperBound, .percent, "percent", number.value / other.value * 100))
                        index = other.lexemes.upperBound
                        continue
                    }
                }
                index = end
                continue
            }
            if !percentMode, let length = percentWord(index), word(index) != "pct" {
                result.append(mention(lx, index, index + length, .percent, "percent", nil))
                index += length
                continue
            }
            index += 1
        }
        return result
    }

    // MARK: Dimensions

    /// Dimensions in `text`: value in the written unit, `baseValue` in the base unit.
    public func dimensions(in text: String) -> [UnitMention] {
        let lx = NumberLexer().lexemes(text)
        let grammar = NumberGrammar(lexemes: lx, readsOutOf: false)
        let temperature = lx.contains { $0.text == "temperature" }
        var result: [UnitMention] = []
        var index = 0
        while index < lx.count {
            if let number = grammar.number(at: index) ?? grammar.number(at: index, afterPrefix: true),
                !number.kind.isOrdinal || number.hasGluedWord
            {
                let end = number.lexemes.upperBound
                if !number.kind.isOrdinal, let unit = dimensionUnit(lx, at: end, glued: number.hasGluedWord),
                    !(unit.unit.dimension == "angle" && unit.unit.name == "degree" && temperature)
                {
                    var value = number.value
                    var stop = unit.end
                    // "5 ft 2 in", "5 feet and 2 inches".
                    if unit.unit.name == "foot" {
                        let next = lx.indices.contains(stop) && lx[stop].text == "and" ? stop + 1 : stop
                        if let inches = grammar.number(at: next), lx.indices.contains(inches.lexemes.upperBound),
                            ["in", "inch", "inches", "\""].contains(lx[inches.lexemes.upperBound].text)
                        {
                            value += inches.value / 12
                            stop = inches.lexemes.upperBound + 1
                        }
                    }
                    var found = mention(lx, index, stop, .dimension, unit.unit.name, value)
                    found.baseValue = value * unit.unit.factor
                    result.append(found)
                    index = stop
                    continue
                }
                index = max(end, index + 1)
                continue
            }
            if let forms = DimensionUnitTable.forms[lx[index].text],
                let form = forms.first(where: { $0.bare && matches($0.words, lx, at: index) })
            {
                result.append(mention(lx, index, index + form.words.count, .dimension, form.unit.name, nil))
                index += form.words.count
                continue
            }
            index += 1
        }
        return result
    }

    private func matches(_ words: [String], _ lx: [NumberLexeme], at index: Int) -> Bool {
        guard index + words.count <= lx.count else { return false }
        for (offset, word) in words.enumerated() where lx[index + offset].text != word { return false }
        // The unit must end where a word ends.
        if index + words.count < lx.count, lx[index + words.count].isAdjacent,
            lx[index + words.count].kind != .symbol
        {
            return false
        }
        return true
    }

    private func dimensionUnit(_ lx: [NumberLexeme], at index: Int, glued: Bool) -> (unit: DimensionUnit, end: Int)? {
        guard index < lx.count else { return nil }
        var start = index
        var closer: String?
        if !glued, lx[index].kind == .symbol {
            let pairs = ["(": ")", "[": "]", "{": "}", "<": ">"]
            if let close = pairs[lx[index].text] {
                closer = close
                start += 1
            } else if lx[index].text == "-", lx[index].isAdjacent, index + 1 < lx.count, lx[index + 1].isAdjacent {
                start += 1
            } else if lx[index].text != "\"" {
                return nil
            }
        }
        guard start < lx.count, let forms = DimensionUnitTable.forms[lx[start].text] else { return nil }
        for form in forms where matches(form.words, lx, at: start) {
            if form.words == ["mb"] || (form.words == ["m"] && lx[start].hasUppercase) { continue }
            if form.words == ["in"] || form.words == ["pm"] { continue }
            var unit = form.unit
            if lx[start].text == "mb" { unit = lx[start].hasUppercase ? DimensionUnitTable.megabyte : DimensionUnitTable.megabit }
            var end = start + form.words.count
            if let closer {
                guard end < lx.count, lx[end].text == closer else { return nil }
                end += 1
            }
            return (unit, end)
        }
        if lx[start].text == "mb" {
            let unit = lx[start].hasUppercase ? DimensionUnitTable.megabyte : DimensionUnitTable.megabit
            return (unit, start + 1)
        }
        return nil
    }

    // MARK: Ages

    /// Ages in `text` (unit `year`, `month`, `week` or `day`).
    public func ages(in text: String) -> [UnitMention] {
        let lx = NumberLexer().lexemes(text)
        let grammar = NumberGrammar(lexemes: lx, readsOutOf: false)
        func word(_ i: Int) -> String { i >= 0 && i < lx.count ? lx[i].text : "" }
        let units = ["year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
            "day": "day", "days": "day"]
        var result: [UnitMention] = []
        var index = 0
        while index < lx.count {
            if word(index) == "age", let number = grammar.number(at: index + 1), !number.kind.isOrdinal {
                result.append(mention(lx, index, number.lexemes.upperBound, .age, "year", number.value))
                index = number.lexemes.upperBound
                continue
            }
            guard let number = grammar.number(at: index), !number.kind.isOrdinal else {
                index += 1
                continue
            }
            var end = number.lexemes.upperBound
            if word(end) == "yo" {
                result.append(mention(lx, index, end + 1, .age, "year", number.value))
                index = end + 1
                continue
            }
            var dashed = false
            if word(end) == "-" { end += 1; dashed = true }
            if let unit = units[word(end)] {
                var stop = end + 1
                if dashed, word(stop) == "-" { stop += 1 }
                if word(stop) == "old" || (word(stop) == "of" && word(stop + 1) == "age") {
                    stop += word(stop) == "old" ? 1 : 2
                    result.append(mention(lx, index, stop, .age, unit, number.value))
                    index = stop
                    continue
                }
            }
            index = number.lexemes.upperBound
        }
        return result
    }

    // MARK: Money

    /// Amounts of money in `text` (unit an ISO 4217 code or a subunit name, value in that unit).
    public func money(in text: String) -> [UnitMention] {
        MoneyReader(lexemes: NumberLexer().lexemes(text)).read()
    }

    func mention(_ lx: [NumberLexeme], _ start: Int, _ end: Int, _ kind: QuantityKind, _ unit: String?, _ value: Double?)
        -> UnitMention
    {
        UnitMention(span: TextSpan(start: lx[start].start, end: lx[max(start, end - 1)].end), kind: kind, unit: unit, value: value)
    }
}
