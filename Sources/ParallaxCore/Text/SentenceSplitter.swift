/// Groups tokens into sentences following news typography.
///
/// The rules, in the order they are tried at each candidate boundary:
/// - A paragraph break (`TokenGap.paragraph`) always ends a sentence.
/// - A terminal `.`, `!` or `?` ends a sentence together with the closing quotes, closing brackets,
///   further terminals and emoticons that follow it (`…dear friend.”`, `(Laughter.)`), unless the
///   sentence plainly goes on: a comma or semicolon follows (`“Why?”, he asked`), the next word touches
///   it (`example.com`, `search?q=`), a quoted `?`/`!` is followed by a lowercase word or by a name and
///   a speech verb (`“Why?” he asked.`, `“Enough!” Ushakov said.`), or a lowercase word follows a `.`
///   that comes after a number or an abbreviation.
/// - Abbreviations keep their period (see `Tokenizer`); titles (`Mr.`, `Gen.`, `Jan.`, `vs.`) never end a
///   sentence, while acronyms and company or address abbreviations (`U.S.`, `a.m.`, `Inc.`, `St.`) end one
///   when the next word is a typical sentence opener (`The`, `He`, `But`…) rather than a name.
/// - An ellipsis ends a sentence only when a capitalized word follows after a space.
/// - A single line break ends a sentence when the next line is a list item (bullet, dash, `1.`), or
///   when the line before has no final punctuation, the next line starts with a capital, and the line
///   before is short (a headline or a list line: at most 40 bytes or well under the next line's length)
///   or longer than any wrap width (one paragraph per line); a line wrapped mid-sentence goes on.
///
/// Sentences cover every token in order; each sentence's `bytes` run from its first token's start to
/// its last token's end. The splitter only reads the tokens and bytes, so any token array produced by
/// `Tokenizer` for those bytes is valid input.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Splits `tokens` of `bytes` into sentences covering every token.
    public func split(_ tokens: [Token], in bytes: [UInt8]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            bytes.withUnsafeBufferPointer { byteBuffer in
                var scan = SentenceScan(tokens: tokenBuffer, bytes: byteBuffer)
                return scan.run()
            }
        }
    }
}
