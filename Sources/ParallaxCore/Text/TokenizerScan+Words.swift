/// Words and numbers: inner hyphens and apostrophes, clitics (`’s`, `n't`), abbreviations that keep
/// their period, decimals and thousands separators, and digits running into letters (`240bn`).
extension TokenizerScan {
    /// Whether an apostrophe (straight or ’) starts at `i`; returns its byte length.
    @inline(__always) func apostrophe(at i: Int) -> Int {
        if at(i) == 0x27 { return 1 }
        if at(i) == 0xE2, at(i + 1) == 0x80, at(i + 2) == 0x99 { return 3 }
        return 0
    }

    /// Length of the letter run starting at `i`, ASCII letters only (for clitic checks).
    func asciiLetterRun(_ i: Int) -> Int {
        var j = i
        while j < bytes.count, cls(bytes[j]) == .letter { j += 1 }
        return j - i
    }

    /// If a clitic (’s 're 'll 've 'd 'm) starts with the apostrophe at `i` (length `apos`), its end.
    func cliticEnd(apostropheAt i: Int, length apos: Int) -> Int? {
        let start = i + apos
        let run = asciiLetterRun(start)
        guard run >= 1, run <= 2, !isLetter(start + run) else { return nil }
        let k = TokenizerScan.key(ArraySlice(bytes[start..<(start + run)]))
        let s = UInt64(0x73), d = UInt64(0x64), m = UInt64(0x6D)
        let re = UInt64(0x7265), ll = UInt64(0x6C6C), ve = UInt64(0x7665)
        return [s, d, m, re, ll, ve].contains(k) ? start + run : nil
    }

    /// Scans a word from `start`; handles hyphens, apostrophes, clitics, abbreviations and acronyms.
    mutating func word(from start: Int, sawDigit: Bool) -> Int {
        var i = start
        var hasDigit = sawDigit
        var innerPeriod = false
        var segmentStart = start
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            switch cls(byte) {
            case .letter:
                i += 1
                continue
            case .digit:
                hasDigit = true
                i += 1
                continue
            case .wide where wideKind(at: i) == nil:
                i = min(count, i + TokenizerScan.width(byte))
                continue
            default:
                break
            }
            if byte == 0x2D, isAlnum(i + 1) {  // inner hyphen
                i += 1
                segmentStart = i
                continue
            }
            if byte == 0xE2, at(i + 1) == 0x80, at(i + 2) == 0x90 || at(i + 2) == 0x91, isAlnum(i + 3) {
                i += 3
                continue
            }
            let apos = apostrophe(at: i)
            if apos > 0, isLetter(i + apos) {
                if let end = cliticEnd(apostropheAt: i, length: apos) {
                    // n't: split before the n of "don't", "isn't".
                    if (at(i - 1) | 0x20) == 0x6E, i - 1 > start, (at(i + apos) | 0x20) == 0x74, end == i + apos + 1 {
                        emit(start, i - 1, hasDigit ? .alphanumeric : .word)
                        emit(i - 1, end, .clitic)
                        return end
                    }
                    emit(start, i, hasDigit ? .alphanumeric : .word)
                    emit(i, end, .clitic)
                    return end
                }
                if (at(i - 1) | 0x20) == 0x6E, (at(i + apos) | 0x20) == 0x74, !isLetter(i + apos + 1), i - 1 > start {
                    emit(start, i - 1, hasDigit ? .alphanumeric : .word)
                    emit(i - 1, i + apos + 1, .clitic)
                    return i + apos + 1
                }
                i += apos
                continue
            }
            if byte == 0x2E, isLetter(i + 1), !(at(i + 1) == 0x2E) {  // U.S, a.m, example.com
                innerPeriod = true
                i += 1
                segmentStart = i
                continue
            }
            break
        }
        // A final period belongs to abbreviations, initials and dotted acronyms.
        if at(i) == 0x2E, at(i + 1) != 0x2E {
            let length = i - start
            let segment = i - segmentStart
            if innerPeriod || (length == 1 && cls(bytes[start]) == .letter)
                || (!hasDigit && length <= 8 && abbreviationKeys.contains(TokenizerScan.key(ArraySlice(bytes[start..<i]))))
                || (!hasDigit && length <= 5 && bytes[start] >= 0x41 && bytes[start] <= 0x5A
                    && capitalizedAbbreviationKeys.contains(TokenizerScan.key(ArraySlice(bytes[start..<i]))))
                || (segment == 1 && innerPeriod)
            {
                emit(start, i + 1, .word)
                return i + 1
            }
        }
        emit(start, i, hasDigit ? .alphanumeric : .word)
        return i
    }

    /// Scans a number (`1,200.5`), continuing into letters or a hyphenated word as `.alphanumeric`.
    mutating func number(from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            if isDigit(i) {
                i += 1
                continue
            }
            let byte = bytes[i]
            if byte == 0x2C, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                i += 4
                continue
            }
            if byte == 0x2E, isDigit(i + 1) {
                i += 1
                continue
            }
            break
        }
        if isLetter(i) || (at(i) == 0x2D && isLetter(i + 1)) || (apostrophe(at: i) > 0 && isLetter(i + apostrophe(at: i)) && at(i + apostrophe(at: i)) == 0x73 && !isLetter(i + apostrophe(at: i) + 1)) {
            // 240bn, 21st, 71-year-old, 1990's → one alphanumeric token.
            if apostrophe(at: i) > 0 { i += apostrophe(at: i) }
            return word(from: start, sawDigit: true, resumeAt: i)
        }
        emit(start, i, .number)
        return i
    }

    /// Continues a word whose first bytes were digits.
    mutating func word(from start: Int, sawDigit: Bool, resumeAt: Int) -> Int {
        var i = resumeAt
        while i < bytes.count {
            if isAlnum(i) {
                i = min(bytes.count, i + (cls(bytes[i]) == .wide ? TokenizerScan.width(bytes[i]) : 1))
            } else if bytes[i] == 0x2D, isAlnum(i + 1) {
                i += 1
            } else if bytes[i] == 0x2E, isDigit(i + 1) {
                i += 1
            } else {
                break
            }
        }
        emit(start, i, .alphanumeric)
        return i
    }
}
