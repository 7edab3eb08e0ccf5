/// Non-ASCII bytes: which scalars are spaces, line breaks, quotation marks, dashes, currency signs or
/// punctuation (all others are letters), and the tokens they make.
extension TokenizerScan {
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

    /// What a non-ASCII scalar that is not a letter stands for.
    enum WideKind { case space, lineBreak, currency, openQuote, closeQuote, openSingle, rightSingle, dash, hyphen, ellipsis, punctuation }

    /// Scans the non-ASCII scalar at `i` (a letter starts a word); returns the index after what it took.
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
}
