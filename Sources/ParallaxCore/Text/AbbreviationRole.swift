/// How a word token that carries its final period (`Mr.`, `U.S.`, `Inc.`, `J.`) behaves at a
/// candidate sentence end.
enum AbbreviationRole: Sendable {
    /// A title or reference word that always precedes what it qualifies (`Mr.`, `Gen.`, `Jan.`, `vs.`):
    /// never ends a sentence.
    case title
    /// A single capital initial (`J.`): ends a sentence only before a typical opener that is not itself
    /// an initial.
    case initial
    /// An acronym or a company, address or unit abbreviation (`U.S.`, `a.m.`, `Inc.`, `St.`, `No.`):
    /// ends a sentence before a typical opener, an opening quote or after a closing quote.
    case acronym
    /// A list closer (`etc.`): ends a sentence before any capitalized word.
    case closing
    /// An ordinary word or a web address followed by a full stop (`sat.`, `example.com.`): ends a
    /// sentence unless a lowercase word or a number follows.
    case plainWord

    /// The role of the word `bytes[range]`, whose last byte is the period.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let body = range.lowerBound..<(range.upperBound - 1)
        guard !body.isEmpty, range.upperBound <= bytes.count, range.lowerBound >= 0 else {
            self = .plainWord
            return
        }
        let capitalized = bytes[body.lowerBound] >= 0x41 && bytes[body.lowerBound] <= 0x5A
        var lastPeriod = -1
        for index in body where bytes[index] == 0x2E { lastPeriod = index }
        let key = WordKey(bytes, body)
        if lastPeriod >= 0 {
            // Dotted: an acronym (`U.S.`, `a.m.`, `Ph.D.`) or, with a long last segment, an address.
            if let key, SentenceLexicon.titles.contains(key) {
                self = .title
            } else {
                self = body.upperBound - lastPeriod - 1 >= 3 ? .plainWord : .acronym
            }
            return
        }
        if body.count == 1 {
            self = capitalized ? .initial : .plainWord
            return
        }
        guard let key else {
            self = .plainWord
            return
        }
        if !capitalized && !SentenceLexicon.lowercaseAbbreviations.contains(key) {
            self = .plainWord
        } else if SentenceLexicon.titles.contains(key) {
            self = .title
        } else if SentenceLexicon.closing.contains(key) {
            self = .closing
        } else {
            self = .acronym
        }
    }
}
