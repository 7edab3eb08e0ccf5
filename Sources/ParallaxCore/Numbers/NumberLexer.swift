/// Splits free text into `NumberLexeme`s: letter runs, digit runs and single other characters.
///
/// Unlike the news `Tokenizer`, it keeps separators, signs and spacing visible to the number grammar
/// ("1 234 567", "- 1 4/5", "fifty - two", "$ 75"), which is what spec-style inputs need.
package struct NumberLexer: Sendable {
    /// Creates the lexer.
    package init() {}

    /// The lexemes of `text`, in order.
    package func lexemes(_ text: String) -> [NumberLexeme] {
        var result: [NumberLexeme] = []
        var space = 0
        var offset = 0
        var current: (kind: NumberLexeme.Kind, start: Int, scalars: String.UnicodeScalarView, upper: Bool)?
        func flush() {
            guard let run = current else { return }
            let text = String(run.scalars)
            let lowered = run.kind == .word ? text.lowercased() : text
            result.append(
                NumberLexeme(
                    kind: run.kind, text: lowered, start: run.start, end: run.start + run.scalars.count, space: space,
                    hasUppercase: run.upper, key: WordKey(bytes: lowered.utf8)))
            space = 0
            current = nil
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if scalar.properties.isWhitespace {
                flush()
                space += 1
                continue
            }
            let kind: NumberLexeme.Kind
            if scalar.isASCII {
                switch scalar.value {
                case 0x30...0x39: kind = .digits
                case 0x41...0x5A, 0x61...0x7A: kind = .word
                default: kind = .symbol
                }
            } else {
                kind = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .spacingMark
                    || scalar.properties.generalCategory == .nonspacingMark ? .word : .symbol
            }
            let upper = scalar.properties.isUppercase
            if kind != .symbol, var run = current, run.kind == kind {
                run.scalars.append(scalar)
                run.upper = run.upper || upper
                current = run
                continue
            }
            flush()
            var scalars = String.UnicodeScalarView()
            scalars.append(scalar)
            current = (kind, offset, scalars, upper)
            if kind == .symbol { flush() }
        }
        flush()
        return result
    }
}
