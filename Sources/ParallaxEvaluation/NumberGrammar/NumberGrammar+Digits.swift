import ParallaxCore

import Foundation

/// Cardinals that start with digits: thousands groups and decimals ("1,200.5"), glued and separated
/// scale words ("2.5m", "2 million"), powers, and the word tail after digits ("3 hundred and 21").
extension NumberGrammar {
    /// Digits with thousands groups and a decimal part; `end` is past the last lexeme used.
    func digitRun(at index: Int) -> (value: Double, end: Int, decimal: Bool)? {
        guard isDigits(index) else { return nil }
        var digits = text(index)
        var end = index + 1
        var grouped = false
        while isSymbol(end, [","]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1) {
            let count = text(end + 1).count
            let more = isSymbol(end + 2, [","]) && isAdjacent(end + 2) && isDigits(end + 3) && isAdjacent(end + 3)
            guard count == 3 || (count == 2 && more) else { break }
            digits += text(end + 1)
            end += 2
            grouped = true
        }
        if !grouped, text(index).count <= 3 {
            while isDigits(end), lexemes[end].space == 1, text(end).count == 3, !isSymbol(end + 1, ["/"]) {
                digits += text(end)
                end += 1
            }
        }
        var decimal = false
        if isSymbol(end, ["."]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1) {
            let chained = (isSymbol(end + 2, ["."]) && isAdjacent(end + 2) && isDigits(end + 3))
                || (isSymbol(index - 1, ["."]) && isAdjacent(index) && isDigits(index - 2))
            if !chained {
                digits += "." + text(end + 1)
                end += 2
                decimal = true
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, end, decimal)
    }

    /// A cardinal that starts with digits at `index`, with its scale, power, fraction or word tail.
    func digitLed(at index: Int) -> Cardinal? {
        guard let run = digitRun(at: index) else { return nil }
        var reading = Cardinal(value: run.value, end: run.end, kind: run.decimal ? .decimal : .integer, last: .digits)
        var end = run.end
        let chainedBefore = (isSymbol(index - 1, ["/", "-"]) && isAdjacent(index) && isDigits(index - 2))
        // Fractions: "3/4", "2 1/4".
        if !run.decimal, isSymbol(end, ["/"]), isAdjacent(end), isDigits(end + 1), isAdjacent(end + 1), !chainedBefore,
            !(isSymbol(end + 2, ["/", "-"]) && isAdjacent(end + 2)), let denominator = Double(text(end + 1)), denominator > 0
        {
            reading.value = run.value / denominator
            reading.kind = .fraction
            reading.end = end + 2
            return finishDigits(reading)
        }
        if !run.decimal, isDigits(end), lexemes[end].space > 0, isSymbol(end + 1, ["/"]), isAdjacent(end + 1),
            isDigits(end + 2), isAdjacent(end + 2), let numerator = Double(text(end)), let denominator = Double(text(end + 2)),
            numerator < denominator, !(isSymbol(end + 3, ["/"]) && isAdjacent(end + 3))
        {
            reading.value = run.value + numerator / denominator
            reading.kind = .fraction
            reading.end = end + 3
            return finishDigits(reading)
        }
        if let word = lexeme(end), word.kind == .word, word.isAdjacent {
            if Self.ordinalSuffixes.contains(word.text), !run.decimal {
                reading.kind = .ordinal
                reading.end = end + 1
                return reading
            }
            if word.text == "e", let exponent = signedDigits(at: end + 1) {
                reading.value = run.value * pow(10, exponent.value)
                reading.kind = .power
                reading.end = exponent.end
                return reading
            }
            if let scale = Self.gluedScales[word.text] ?? (word.text == "m" && word.hasUppercase ? 1e6 : nil) {
                reading.value = run.value * scale
                reading.end = end + 1
                return reading
            }
            reading.glued = true
            return reading
        }
        if isSymbol(end, ["^"]), isAdjacent(end), let exponent = signedDigits(at: end + 1) {
            reading.value = pow(run.value, exponent.value)
            reading.kind = .power
            reading.end = exponent.end
            return reading
        }
        end = reading.end
        return finishDigits(reading)
    }

    /// After digits: separated scale words and a word tail ("2 million", "3 hundred and 21", "2.33 k").
    private func finishDigits(_ reading: Cardinal) -> Cardinal {
        var reading = reading
        if text(reading.end) == "k", lexeme(reading.end)?.kind == .word, !isDigits(reading.end + 1) {
            reading.value *= 1e3
            reading.end += 1
            return reading
        }
        guard reading.kind != .fraction else { return reading }
        if let more = continueWords(value: reading.value, from: reading.end, last: .digits) {
            return more
        }
        return reading
    }

    /// An exponent: adjacent signs then adjacent digits ("+14", "--23", "-1").
    private func signedDigits(at index: Int) -> (value: Double, end: Int)? {
        var sign = 1.0
        var position = index
        while isSymbol(position, ["+", "-"]), isAdjacent(position) {
            if text(position) == "-" { sign = -sign }
            position += 1
        }
        guard isDigits(position), isAdjacent(position), let run = digitRun(at: position) else { return nil }
        return (sign * run.value, run.end)
    }
}
