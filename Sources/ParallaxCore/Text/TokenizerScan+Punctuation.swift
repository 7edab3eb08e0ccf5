/// ASCII punctuation: sentence-final runs, ellipses, straight and doubled quotation marks, dashes
/// and hyphens, currency and percent signs.
extension TokenizerScan {
    /// Scans the ASCII punctuation `byte` at `i`; returns the index after what it took.
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
