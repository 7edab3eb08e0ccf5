/// Splits UTF-8 text into tokens, byte by byte, following news typography.
///
/// The contract every later stage relies on:
/// - Words keep inner hyphens and apostrophes (`one-and-a-half`, `Novo-Ogarevo`, `O'Brien`); the
///   clitics `’s 're 'll 've 'd 'm n't` are split off as `.clitic` tokens (`Moscow` `’s`).
/// - Abbreviations keep their period (`Mr.`, `Jan.`, `No.`, `U.S.`, `a.m.`, single initials `J.`; US
///   state abbreviations and plural titles only when capitalized: `Calif.`, `Sens.`).
/// - Numbers keep decimals and thousands separators (`1,200.5`); digits run together with letters or a
///   hyphenated word form one `.alphanumeric` token (`240bn`, `21st`, `2.5m`, `1990s`, `71-year-old`).
///   A hyphen between two numbers is its own `.punctuation` token (`10` `-` `20`).
/// - `$ £ € ¥ ¢` are `.currency`, `%` is `.percent`, `…` and `...` are `.ellipsis`, `— – --` and a
///   free-standing `-` are `.dash`, runs of `.!?` are one `.terminal` token.
/// - Curly quotes are open or close by shape; straight quotes and `’` by context; `''` is one double mark. An apostrophe inside
///   a word is part of the word.
/// - Unicode spaces (no-break, thin, zero-width) separate tokens like ASCII spaces; U+2028/2029 break lines.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `bytes` (UTF-8).
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            asciiClass.withUnsafeBufferPointer { classes in
                var scan = TokenizerScan(bytes: buffer, classes: classes)
                return scan.run()
            }
        }
    }
}

/// Byte classes for the ASCII range.
private enum ByteClass: UInt8 {
    case other, space, newline, letter, digit, wide
}

private let asciiClass: [ByteClass] = (0..<256).map { value -> ByteClass in
    switch UInt8(value) {
    case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return .space
    case 0x0A: return .newline
    case 0x41...0x5A, 0x61...0x7A: return .letter
    case 0x30...0x39: return .digit
    case 0x80...0xFF: return .wide
    default: return .other
    }
}

/// Lowercase abbreviations that keep their final period.
private let abbreviationKeys: Set<UInt64> = {
    let words = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr",
        "sr", "inc", "corp", "ltd", "co", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "sat", "sun", "adm", "brig", "cmdr", "maj", "pres", "supt", "det", "insp", "rev", "hon", "messrs",
        "dept", "univ", "assn", "bros", "est", "approx", "fig", "vol", "pp", "op", "cf", "al", "ave", "blvd",
        "mt", "ft", "sq", "mln", "bln", "govt", "atty", "ph", "e.g", "i.e",
    ]
    return Set(words.map { TokenizerScan.key(Array($0.utf8)[...]) })
}()

/// Abbreviations that keep their final period only when capitalized: US state abbreviations in news
/// style (`Calif.`, `Pa.`) and plural titles (`Sens.`), which would otherwise collide with words (`ill.`, `mass.`).
private let capitalizedAbbreviationKeys: Set<UInt64> = {
    let words = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
        "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "sens", "reps", "govs", "gens", "drs", "profs", "lts",
        "cols", "sgts", "mmes",
    ]
    return Set(words.map { TokenizerScan.key(Array($0.utf8)[...]) })
}()

/// One pass over the bytes; a struct so the hot loop works on an unsafe buffer without ARC traffic.
private struct TokenizerScan {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The 256-entry byte class table, held as a pointer so the hot loop pays no global-access check.
    let classes: UnsafeBufferPointer<ByteClass>
    var tokens: [Token] = []
    var gap: TokenGap = .paragraph
    var newlines = 0

    init(bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>) {
        self.bytes = bytes
        self.classes = classes
        tokens.reserveCapacity(bytes.count / 5 + 16)
    }

    /// Packs up to 8 lowercased bytes into a lookup key.
    static func key(_ slice: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in slice.prefix(8) { value = value << 8 | UInt64(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
        return value
    }

    mutating func run() -> [Token] {
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            switch cls(byte) {
            case .space:
                i += 1
                if gap == .none { gap = .space }
            case .newline:
                i += 1
                newlines += 1
                gap = newlines >= 2 || tokens.isEmpty ? .paragraph : .newline
            case .letter:
                i = word(from: i, sawDigit: false)
            case .digit:
                i = number(from: i)
            case .wide:
                i = wide(at: i)
            case .other:
                i = punctuation(at: i, byte: byte)
            }
        }
        return tokens
    }

    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        tokens.append(Token(start: start, end: end, kind: kind, gap: gap))
        gap = .none
        newlines = 0
    }

    @inline(__always) func cls(_ byte: UInt8) -> ByteClass { classes[Int(byte)] }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    @inline(__always) func isLetter(_ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let kind = cls(bytes[i])
        return kind == .letter || (kind == .wide && wideKind(at: i) == nil)
    }

    @inline(__always) func isDigit(_ i: Int) -> Bool { i < bytes.count && cls(bytes[i]) == .digit }

    @inline(__always) func isAlnum(_ i: Int) -> Bool { isLetter(i) || isDigit(i) }

    /// Length of the UTF-8 sequence starting with `byte`.
    @inline(__always) static func width(_ byte: UInt8) -> Int {
        byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    }

    /// Classifies a non-ASCII scalar that is not a letter; nil for letters (and anything unknown).
    func wideKind(at i: Int) -> WideKind? {
        let b0 = bytes[i]
        if b0 == 0xC2, i + 1 < bytes.count {
            switch bytes[i + 1] {
            case 0xA0: return .space
            case 0xA2, 0xA3, 0xA5: return .currency
            case 0xAB: return .openQuote
            case 0xBB: return .closeQuote
            case 0x80...0xBF: return .punctuation
            default: return nil
            }
        }
        if b0 == 0xE2, i + 2 < bytes.count {
            let b1 = bytes[i + 1]
            let b2 = bytes[i + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x80...0x8F: return .space
                case 0x90, 0x91: return .hyphen
                case 0x92...0x95: return .dash
                case 0x98, 0x9B: return .openSingle
                case 0x99: return .rightSingle
                case 0x9C, 0x9F: return .openQuote
                case 0x9D: return .closeQuote
                case 0x9A, 0x9E: return .openQuote
                case 0xA6: return .ellipsis
                case 0xA8, 0xA9: return .lineBreak
                case 0xB9: return .openSingle
                case 0xBA: return .closeQuote
                default: return .punctuation
                }
            }
            if b1 == 0x82, b2 == 0xAC { return .currency }
            if b1 == 0x81, b2 <= 0xAF { return b2 == 0xA0 ? .space : .punctuation }
            if b1 >= 0x86 && b1 <= 0x9F { return .punctuation }  // arrows, math, boxes, shapes
        }
        if b0 == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return .space }  // BOM
        if b0 == 0xF0, i + 1 < bytes.count, bytes[i + 1] == 0x9F { return .punctuation }  // emoji
        return nil
    }

    enum WideKind { case space, lineBreak, currency, openQuote, closeQuote, openSingle, rightSingle, dash, hyphen, ellipsis, punctuation }

    mutating func wide(at i: Int) -> Int {
        let width = TokenizerScan.width(bytes[i])
        let end = min(bytes.count, i + width)
        guard let kind = wideKind(at: i) else { return word(from: i, sawDigit: false) }
        switch kind {
        case .space:
            if gap == .none { gap = .space }
        case .lineBreak:
            newlines += 1
            gap = newlines >= 2 || tokens.isEmpty ? .paragraph : .newline
        case .currency: emit(i, end, .currency)
        case .openQuote, .openSingle: emit(i, end, .openQuote)
        case .closeQuote: emit(i, end, .closeQuote)
        case .rightSingle:
            // A ’ before a letter at a word start opens (rare: ’90s is handled as a number below).
            let opens = (gap != .none || tokens.isEmpty) && isAlnum(end)
            emit(i, end, opens ? .openQuote : .closeQuote)
        case .dash, .hyphen: emit(i, end, .dash)
        case .ellipsis: emit(i, end, .ellipsis)
        case .punctuation: emit(i, end, .punctuation)
        }
        return end
    }

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

    mutating func punctuation(at i: Int, byte: UInt8) -> Int {
        switch byte {
        case 0x2E, 0x21, 0x3F:  // . ! ?
            if byte == 0x2E, at(i + 1) == 0x2E {
                var j = i
                while at(j) == 0x2E { j += 1 }
                emit(i, j, .ellipsis)
                return j
            }
            var j = i + 1
            while at(j) == 0x21 || at(j) == 0x3F || (at(j) == 0x2E && at(j + 1) != 0x2E) { j += 1 }
            emit(i, j, .terminal)
            return j
        case 0x22:  // "
            emit(i, i + 1, straightQuoteOpens(at: i) ? .openQuote : .closeQuote)
            return i + 1
        case 0x27:  // '
            if isDigit(i + 1), isDigit(i + 2), !isDigit(i + 3), gap != .none || tokens.isEmpty {
                return word(from: i, sawDigit: true, resumeAt: i + 1)  // '90s
            }
            if at(i + 1) == 0x27 {  // '' as a double quotation mark (older newswire style)
                let opens = straightQuoteOpens(at: i)
                if !opens, at(i + 2) == 0x27 {  // ''' closing: the inner single mark, then the double
                    emit(i, i + 1, .closeQuote)
                    return i + 1
                }
                emit(i, i + 2, opens ? .openQuote : .closeQuote)
                return i + 2
            }
            emit(i, i + 1, straightQuoteOpens(at: i) ? .openQuote : .closeQuote)
            return i + 1
        case 0x2D:  // -
            if at(i + 1) == 0x2D {
                var j = i
                while at(j) == 0x2D { j += 1 }
                emit(i, j, .dash)
                return j
            }
            let free = gap != .none || tokens.isEmpty
            let spaced = i + 1 >= bytes.count || cls(bytes[i + 1]) == .space || cls(bytes[i + 1]) == .newline
            emit(i, i + 1, free && spaced ? .dash : .punctuation)
            return i + 1
        case 0x24: emit(i, i + 1, .currency)
        case 0x25: emit(i, i + 1, .percent)
        case 0x60:  // `` as an opening quote
            if at(i + 1) == 0x60 {
                emit(i, i + 2, .openQuote)
                return i + 2
            }
            emit(i, i + 1, .openQuote)
        default: emit(i, i + 1, .punctuation)
        }
        return i + 1
    }

    /// A straight quote opens at the start of text or after space, an opening bracket, a dash or another opening quote.
    func straightQuoteOpens(at i: Int) -> Bool {
        guard let previous = tokens.last, gap == .none else {
            // After whitespace: opens unless followed by whitespace or end.
            let next = at(i + 1)
            return !(i + 1 >= bytes.count || cls(next) == .space || cls(next) == .newline)
        }
        switch previous.kind {
        case .openQuote, .dash: return true
        case .punctuation:
            let b = bytes[Int(previous.start)]
            return b == 0x28 || b == 0x5B || b == 0x7B
        default: return false
        }
    }
}
