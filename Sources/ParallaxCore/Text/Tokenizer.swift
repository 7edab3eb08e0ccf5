/// Splits UTF-8 text into tokens. (Provisional version: replaced by the news-typography tokenizer.)
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `bytes`.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var gap = TokenGap.paragraph
        var newlines = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if byte == 0x0A { newlines += 1 }
                gap = newlines >= 2 || tokens.isEmpty ? .paragraph : newlines == 1 ? .newline : .space
                index += 1
                continue
            }
            let start = index
            let isAlnum = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80 }
            if isAlnum(byte) {
                while index < bytes.count, isAlnum(bytes[index]) { index += 1 }
                tokens.append(Token(start: start, end: index, kind: .word, gap: gap))
            } else {
                index += 1
                let kind: TokenKind = byte == 0x2E || byte == 0x21 || byte == 0x3F ? .terminal : .punctuation
                tokens.append(Token(start: start, end: index, kind: kind, gap: gap))
            }
            gap = .none
            newlines = 0
        }
        return tokens
    }
}
