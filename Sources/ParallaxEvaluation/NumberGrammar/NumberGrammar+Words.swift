import ParallaxCore

/// Cardinals written in words ("three hundred and twenty-one", "a dozen", "two and a half"),
/// their fraction tails ("point five", "three quarters", "two out of three") and mixed fractions.
extension NumberGrammar {
    /// A cardinal that starts with a word at `index` ("a hundred", "a dozen", "three quarters", "twenty one").
    func wordLed(at index: Int) -> Cardinal? {
        let word = text(index)
        if word == "a" || word == "an" {
            if text(index + 1) == "hundred" || text(index + 1) == "dozen" || scaleValue(index + 1) != nil {
                guard var reading = continueWords(value: 1, from: index + 1, last: .unit, isWords: true) else { return nil }
                reading.isWords = true
                return fractionTail(reading)
            }
            if let denominator = denominator(at: index + 1, numerator: 1) {
                return scaled(Cardinal(value: 1 / denominator.value, end: denominator.end, kind: .fraction, last: .dozen))
            }
            return nil
        }
        if word == "half" || word == "quarter" {
            let part = word == "half" ? 0.5 : 0.25
            if ["a", "an"].contains(text(index + 1)), let scale = scaleValue(index + 2) ?? (text(index + 2) == "dozen" ? 12 : nil) {
                return Cardinal(value: part * scale, end: index + 3, kind: .integer, last: .scale)
            }
            if let scale = scaleValue(index + 1) {
                return Cardinal(value: part * scale, end: index + 2, kind: .integer, last: .scale)
            }
            return nil
        }
        guard unitValue(index) != nil || tensValue(index) != nil else { return nil }
        guard let reading = continueWords(value: 0, from: index, last: .start, isWords: true) else { return nil }
        return fractionTail(reading)
    }

    /// "point five", fractions and "over"/"out of" after a cardinal read in words.
    private func fractionTail(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        let end = reading.end
        if reading.kind == .integer, text(end) == "point", unitValue(end + 1) != nil || tensValue(end + 1) != nil {
            var digits = ""
            var position = end + 1
            while true {
                if let tens = tensValue(position) {
                    var value = Int(tens)
                    var next = position + 1
                    if isSymbol(next, Self.dashes), let unit = unitValue(next + 1), unit < 10 { next += 1 }
                    if let unit = unitValue(next), unit > 0, unit < 10 {
                        value += Int(unit)
                        next += 1
                    }
                    digits += String(value)
                    position = next
                } else if let unit = unitValue(position), unit < 10 {
                    digits += String(Int(unit))
                    position += 1
                } else {
                    break
                }
            }
            if let fraction = Double("0." + digits) {
                reading.value += fraction
                reading.kind = .decimal
                reading.end = position
            }
            return reading
        }
        guard reading.kind == .integer else { return reading }
        // "one hundred thirty fifths": the tens joins the unit ordinal as denominator.
        if let split = reading.split, split.index == end - 1, let entry = OrdinalWords.entry(lexeme(end)?.key),
            !entry.isScale, !entry.isDenominatorOnly, entry.value < 10, entry.isPlural || split.before == 1
        {
            reading.value = split.before / (split.tens + entry.value)
            reading.kind = .fraction
            reading.end = end + 1
            return scaled(reading)
        }
        if let denominator = denominator(at: end, numerator: reading.value) {
            reading.value /= denominator.value
            reading.kind = .fraction
            reading.end = denominator.end
            return scaled(reading)
        }
        if text(end) == "over" || (readsOutOf && text(end) == "out" && text(end + 1) == "of") {
            let start = text(end) == "over" ? end + 1 : end + 2
            if let other = plainCardinal(at: start), other.value != 0 {
                reading.value /= other.value
                reading.kind = .fraction
                reading.end = other.end
            }
        }
        return reading
    }

    /// A fraction followed by a scale word ("three quarters billion").
    private func scaled(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        if let scale = scaleValue(reading.end) {
            reading.value *= scale
            reading.end += 1
        }
        return reading
    }

    /// A cardinal in digits or words with no fraction tail (for denominators of "over").
    private func plainCardinal(at index: Int) -> Cardinal? {
        if isDigits(index) { return digitRun(at: index).map { Cardinal(value: $0.value, end: $0.end, kind: .integer, last: .digits) } }
        guard unitValue(index) != nil || tensValue(index) != nil else { return nil }
        return continueWords(value: 0, from: index, last: .start, isWords: true)
    }

    /// The denominator at `index` for a numerator: an ordinal word or ordinal phrase ("fifths",
    /// "twenty fifths", "one hundred fifth"), plural unless the numerator is one.
    func denominator(at index: Int, numerator: Double) -> (value: Double, end: Int)? {
        var position = index
        if isSymbol(position, Self.dashes), OrdinalWords.entry(lexeme(position + 1)?.key) != nil { position += 1 }
        if let entry = OrdinalWords.entry(lexeme(position)?.key), lexeme(position)?.kind == .word {
            guard entry.isPlural || numerator == 1, entry.isScale || entry.value > 2 || entry.isDenominatorOnly else {
                return nil
            }
            return (entry.value, position + 1)
        }
        guard let phrase = ordinalPhrase(at: index), phrase.plural || numerator == 1 else { return nil }
        return (phrase.value, phrase.end)
    }

    /// Continues a cardinal in words (and digits after a scale) from `index`.
    func continueWords(value: Double, from index: Int, last start: Last, isWords: Bool = false) -> Cardinal? {
        var total = 0.0
        var current = value
        var last = start
        var largest = Double.infinity
        var lastGroup = value
        var committed: Cardinal? = start == .start ? nil : Cardinal(value: value, end: index, kind: .integer, last: start)
        var beforeAnd: Cardinal?
        var split: (before: Double, tens: Double, index: Int)?
        var position = index
        var hyphen = false
        func commit() {
            committed = Cardinal(value: total + current, end: position + 1, kind: .integer, last: last, split: split, isWords: true)
        }
        loop: while let lexeme = lexeme(position) {
            if lexeme.kind == .symbol {
                if Self.dashes.contains(lexeme.text), [.unit, .teen, .tens, .hundred, .scale].contains(last),
                    (lexeme.space > 0) == ((self.lexeme(position + 1)?.space ?? 0) > 0),
                    self.lexeme(position - 1)?.kind == .word, unitValue(position + 1) != nil || tensValue(position + 1) != nil
                        || text(position + 1) == "hundred" || text(position + 1) == "and"
                {
                    hyphen = true
                    position += 1
                    continue
                }
                break
            }
            if lexeme.kind == .digits {
                guard last == .scale || (last == .and && beforeAnd?.last == .scale) || (last == .and && beforeAnd?.last == .hundred),
                    let run = digitRun(at: position), !run.decimal || last == .and
                else { break }
                if last == .and, run.value == 0 { break }
                current += run.value
                lastGroup = run.value
                last = .digits
                position = run.end - 1
                commit()
                position += 1
                continue
            }
            let word = lexeme.text
            if let n = unitValue(position) {
                switch last {
                case .start, .hundred, .scale, .and: break
                case .tens where n > 0 && n < 10: break
                default: break loop
                }
                if last == .and, n == 0 { break loop }
                if last == .tens {
                    lastGroup += n
                } else {
                    lastGroup = n
                }
                current += n
                last = n >= 10 ? .teen : .unit
            } else if let n = tensValue(position) {
                guard [.start, .hundred, .scale, .and].contains(last) else { break loop }
                if last == .hundred || last == .scale, !hyphen { split = (total + current, n, position) }
                current += n
                lastGroup = n
                last = .tens
            } else if word == "hundred" {
                guard [.unit, .teen, .tens, .digits].contains(last), current > 0, current < 100 || (last == .digits && total == 0 && current == lastGroup && beforeAnd == nil)
                else {
                    if beforeAnd != nil, last != .and { return beforeAnd }
                    break loop
                }
                current *= 100
                last = .hundred
            } else if let scale = scaleValue(position) {
                guard current > 0, scale < largest, last != .and else {
                    if beforeAnd != nil, last != .and { return beforeAnd }
                    break loop
                }
                total += current * scale
                current = 0
                largest = scale
                last = .scale
            } else if word == "dozen" || word == "dozens" {
                guard [.unit, .teen, .tens, .digits].contains(last) else { break loop }
                current += lastGroup * 11
                last = .dozen
            } else if word == "and" {
                guard last != .and, last != .start else { break loop }
                // "and a half", "and three quarters": a proper fraction ends the number.
                if let mixed = mixedFraction(at: position + 1) {
                    return Cardinal(value: total + current + mixed.value, end: mixed.end, kind: .fraction, last: .dozen)
                }
                guard [.hundred, .scale, .dozen].contains(last) || (last == .digits && start == .digits && total > 0),
                    unitValue(position + 1) != nil || tensValue(position + 1) != nil || isDigits(position + 1)
                else { break loop }
                beforeAnd = committed
                last = .and
                position += 1
                hyphen = false
                continue
            } else {
                break
            }
            hyphen = false
            commit()
            position += 1
        }
        guard var result = committed else { return nil }
        result.isWords = isWords || result.isWords
        return result
    }

    /// "a half", "a quarter", "three quarters", "fifty-four hundredths" after "and": value < 1.
    private func mixedFraction(at start: Int) -> (value: Double, end: Int)? {
        let index = isSymbol(start, Self.dashes) ? start + 1 : start
        let next = isSymbol(index + 1, Self.dashes) ? index + 2 : index + 1
        if ["a", "an"].contains(text(index)), let entry = OrdinalWords.entry(lexeme(next)?.key), !entry.isPlural,
            entry.value > 2 || entry.isDenominatorOnly
        {
            return (1 / entry.value, next + 1)
        }
        guard let numerator = continueWords(value: 0, from: index, last: .start), numerator.value > 0,
            let denominator = denominator(at: numerator.end, numerator: numerator.value),
            numerator.value < denominator.value
        else { return nil }
        return (numerator.value / denominator.value, denominator.end)
    }
}
