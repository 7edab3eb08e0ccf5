/// One pass of `SentenceSplitter` over a token array; the rules are documented there.
struct SentenceScan {
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// Sentences found so far.
    var sentences: [Sentence] = []
    /// First token of the open sentence.
    var first = 0
    /// First token of the current line.
    var lineStart = 0

    init(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        sentences.reserveCapacity(tokens.count / 12 + 1)
    }

    mutating func run() -> [Sentence] {
        let count = tokens.count
        var index = 0
        while index < count {
            let token = tokens[index]
            if token.gap == .newline || token.gap == .paragraph { lineStart = index }
            var last = index
            var ends = false
            switch token.kind {
            case .terminal:
                last = closers(after: index)
                if isSpacedEllipsis(index, last) {
                    ends = ellipsisEnds(last: last)
                } else {
                    ends = index != first && !isListMarker(index) && terminalEnds(at: index, last: last)
                }
            case .ellipsis:
                last = closers(after: index)
                ends = ellipsisEnds(last: last)
            case .word where token.end - token.start >= 2 && byte(Int(token.end) - 1) == 0x2E:
                let role = AbbreviationRole(bytes, token.range)
                if role != .title {
                    last = closers(after: index)
                    ends = abbreviationEnds(role, at: index, last: last)
                }
            case .punctuation:
                if let end = emoticon(at: index) {
                    last = closers(after: end)
                    ends = index != first && capitalizedWordFollows(last)
                }
            default:
                break
            }
            let next = last + 1
            if next >= count || tokens[next].gap == .paragraph {
                ends = true
            } else if !ends && tokens[next].gap == .newline && lineBreakEnds(before: next) {
                ends = true
            }
            if ends { close(through: last) }
            index = next
        }
        return sentences
    }

    mutating func close(through last: Int) {
        let start = Int(tokens[first].start)
        sentences.append(Sentence(tokens: first..<(last + 1), bytes: start..<max(start, Int(tokens[last].end))))
        first = last + 1
    }

    // MARK: - Rules

    /// Whether the terminal at `index`, with its closers through `last`, ends the sentence.
    func terminalEnds(at index: Int, last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count else { return true }
        let mark = byte(Int(tokens[index].start))
        let quoted = last > index
            && (index + 1...last).contains { tokens[$0].kind == .closeQuote || isClosingBracket($0) }
        if continuesSentence(next) { return false }
        guard let word = firstWord(from: next) else { return true }
        switch letterCase(of: word) {
        case .lower:
            if quoted { return false }
            // After `?` or `!` a lowercase word goes on (`Jeb! was`), unless the writer does not
            // capitalize sentences anyway (web text: `where did you grow up? india?`).
            if mark != 0x2E { return startsLowercase(first) }
            // A lowercase word after `.` following a number or an abbreviation goes on (`No. 5. and`).
            if index > 0 {
                let previous = tokens[index - 1]
                if previous.kind == .number || (previous.kind == .word && byte(Int(previous.end) - 1) == 0x2E) {
                    return false
                }
            }
            return true
        case .upper:
            return !(mark != 0x2E && quoted && speakerAndVerbFollow(word))
        case .none:
            return true
        }
    }

    /// Whether the ellipsis ending at `last` (with its closers) ends the sentence.
    func ellipsisEnds(last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count else { return true }
        guard tokens[next].gap != .none else { return false }
        return capitalizedWordFollows(last)
    }

    /// Whether the abbreviation at `index`, with its closers through `last`, ends the sentence.
    func abbreviationEnds(_ role: AbbreviationRole, at index: Int, last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count else { return true }
        if continuesSentence(next) { return false }
        guard let word = firstWord(from: next) else { return role == .plainWord || role == .closing }
        let capital = letterCase(of: word) == .upper
        let closed = last > index  // a closing quote or bracket, or a real terminal, follows
        switch role {
        case .title:
            return false
        case .plainWord:
            return capital
        case .closing:
            return capital
        case .initial:
            let nextIsAbbreviation = byte(Int(tokens[word].end) - 1) == 0x2E
            return capital && !nextIsAbbreviation && isOpener(word)
        case .acronym:
            guard capital else { return false }
            return closed || tokens[next].kind == .openQuote || isOpener(word)
        }
    }

    /// Whether a single line break before token `next` ends the sentence.
    func lineBreakEnds(before next: Int) -> Bool {
        if isListItem(next) { return true }
        let previous = tokens[next - 1]
        switch previous.kind {
        case .terminal, .ellipsis, .openQuote, .dash, .currency: return false
        case .punctuation:
            let mark = byte(Int(previous.start))
            if mark == 0x2C || mark == 0x3B || mark == 0x3A || mark == 0x28 || mark == 0x2D || mark == 0x2F { return false }
        default: break
        }
        guard let word = firstWord(from: next), letterCase(of: word) == .upper else { return false }
        let lineBytes = Int(previous.end) - Int(tokens[lineStart].start)
        // Short lines are headlines or list lines; lines longer than any wrap width are paragraphs.
        if lineBytes <= 40 || lineBytes > 120 { return true }
        // A line much shorter than the next one is a headline or a list line, not a wrapped line.
        var end = next
        let limit = min(tokens.count, next + 400)
        while end + 1 < limit, tokens[end + 1].gap != .newline, tokens[end + 1].gap != .paragraph { end += 1 }
        let nextLineBytes = Int(tokens[end].end) - Int(tokens[next].start)
        return lineBytes * 5 < nextLineBytes * 3
    }

    // MARK: - Token shapes

    /// The last token of the run of closing quotes, closing brackets, further terminals, ellipses and
    /// emoticons that follows `index` on the same line (`index` when there is none).
    func closers(after index: Int) -> Int {
        var last = index
        while last + 1 < tokens.count {
            let token = tokens[last + 1]
            if token.gap == .newline || token.gap == .paragraph { break }
            switch token.kind {
            case .closeQuote, .terminal, .ellipsis:
                last += 1
            case .openQuote:
                // A stray opening quote that ends the paragraph closes the quotation (`that. “`).
                guard last + 2 >= tokens.count || tokens[last + 2].gap == .paragraph || tokens[last + 2].gap == .newline
                else { return last }
                last += 1
            case .punctuation:
                if isClosingBracket(last + 1) {
                    last += 1
                } else if let end = emoticon(at: last + 1) {
                    last = end
                } else {
                    return last
                }
            default:
                return last
            }
        }
        return last
    }

    /// Whether the terminal at `index` and the terminals absorbed through `last` are spaced dots (`. . .`).
    func isSpacedEllipsis(_ index: Int, _ last: Int) -> Bool {
        var dots = 0
        for current in index...last where tokens[current].kind == .terminal {
            guard tokens[current].end - tokens[current].start == 1, byte(Int(tokens[current].start)) == 0x2E else { return false }
            dots += 1
        }
        return dots >= 3
    }

    /// Whether the terminal at `index` closes a list number that opens the sentence (`1.` in `1. Trade`).
    func isListMarker(_ index: Int) -> Bool {
        index == first + 1 && tokens[first].kind == .number && tokens[index].gap == .none
            && tokens[first].end - tokens[first].start <= 2
    }

    /// Whether the sentence starting at token `index` starts with a lowercase word.
    func startsLowercase(_ index: Int) -> Bool {
        guard let word = firstWord(from: index) else { return false }
        return letterCase(of: word) == .lower
    }

    /// Whether token `next` shows that the sentence goes on: it touches the previous token (`example.com`,
    /// `search?q=`, `!”—is`), or it is a comma or semicolon.
    func continuesSentence(_ next: Int) -> Bool {
        let token = tokens[next]
        if token.kind == .punctuation {
            let mark = byte(Int(token.start))
            if mark == 0x2C || mark == 0x3B { return true }
        }
        guard token.gap == .none else { return false }
        switch token.kind {
        case .openQuote: return false
        case .punctuation: return byte(Int(token.start)) != 0x28 && byte(Int(token.start)) != 0x5B
        default: return true
        }
    }

    /// The first word-like token at or after `index`, skipping opening quotes and brackets.
    func firstWord(from index: Int) -> Int? {
        var current = index
        while current < tokens.count, current < index + 3 {
            switch tokens[current].kind {
            case .word, .alphanumeric, .number, .clitic:
                return current
            case .openQuote:
                current += 1
            case .punctuation where byte(Int(tokens[current].start)) == 0x28 || byte(Int(tokens[current].start)) == 0x5B:
                current += 1
            default:
                return nil
            }
            if current < tokens.count, tokens[current].gap == .paragraph { return nil }
        }
        return nil
    }

    /// Whether a capitalized word (possibly after an opening quote) follows `last` after a space.
    func capitalizedWordFollows(_ last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].gap != .none, let word = firstWord(from: next) else { return false }
        return letterCase(of: word) == .upper
    }

    /// Whether token `index` is a closing bracket.
    func isClosingBracket(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, token.end - token.start == 1 else { return false }
        let mark = byte(Int(token.start))
        return mark == 0x29 || mark == 0x5D || mark == 0x7D
    }

    /// If an emoticon (`:)`, `:-(`, `;P`) starts at token `index`, the index of its last token.
    func emoticon(at index: Int) -> Int? {
        let eyes = byte(Int(tokens[index].start))
        guard eyes == 0x3A || eyes == 0x3B || eyes == 0x3D, tokens[index].end - tokens[index].start == 1 else { return nil }
        var mouth = index + 1
        guard mouth < tokens.count, tokens[mouth].gap == .none else { return nil }
        if tokens[mouth].end - tokens[mouth].start == 1, byte(Int(tokens[mouth].start)) == 0x2D {
            mouth += 1
            guard mouth < tokens.count, tokens[mouth].gap == .none else { return nil }
        }
        let token = tokens[mouth]
        guard token.end - token.start == 1 else { return nil }
        switch byte(Int(token.start)) {
        case 0x29, 0x28, 0x5D, 0x5B, 0x7C, 0x2F, 0x5C, 0x2A, 0x44, 0x50, 0x70, 0x4F, 0x6F: break
        default: return nil
        }
        guard mouth + 1 >= tokens.count || tokens[mouth + 1].gap != .none else { return nil }
        return mouth
    }

    /// Whether token `index` starts a list item on a new line: a bullet, a dash or `1.` / `1)`.
    func isListItem(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .dash:
            return true
        case .punctuation:
            let mark = byte(Int(token.start))
            if mark == 0x2A || mark == 0x2D || mark == 0x2B || mark == 0x3E { return true }
            return mark == 0xE2 && byte(Int(token.start) + 1) == 0x80 && byte(Int(token.start) + 2) == 0xA2  // •
        case .number:
            guard token.end - token.start <= 2, index + 2 < tokens.count else { return false }
            let marker = tokens[index + 1]
            let mark = byte(Int(marker.start))
            return marker.gap == .none && marker.end - marker.start == 1 && (mark == 0x2E || mark == 0x29)
                && tokens[index + 2].gap != .none
        default:
            return false
        }
    }

    /// Whether the word at `index` is a typical sentence opener.
    func isOpener(_ index: Int) -> Bool {
        let start = Int(tokens[index].start)
        var end = Int(tokens[index].end)
        if byte(end - 1) == 0x2E { end -= 1 }
        guard end > start, let key = WordKey(bytes, start..<end) else { return false }
        return SentenceLexicon.openers.contains(key)
    }

    /// Whether one to three capitalized words and then a speech verb start at `index` (`Ushakov said`,
    /// `Mr. Lee asked`): the quoted question or exclamation before them is the verb's object.
    func speakerAndVerbFollow(_ index: Int) -> Bool {
        var current = index
        while current < tokens.count, current < index + 3, tokens[current].kind == .word,
            tokens[current].gap != .newline, letterCase(of: current) == .upper
        {
            current += 1
        }
        guard current > index, current < tokens.count, tokens[current].kind == .word, tokens[current].gap == .space,
            tokens[current].end >= tokens[current].start, let key = WordKey(bytes, tokens[current].range)
        else { return false }
        return SentenceLexicon.speechVerbs.contains(key)
    }

    // MARK: - Bytes

    @inline(__always) func byte(_ offset: Int) -> UInt8 {
        offset >= 0 && offset < bytes.count ? bytes[offset] : 0
    }

    /// The case of the first letter of token `index`.
    func letterCase(of index: Int) -> LetterCase {
        LetterCase(bytes, at: Int(tokens[index].start))
    }
}
