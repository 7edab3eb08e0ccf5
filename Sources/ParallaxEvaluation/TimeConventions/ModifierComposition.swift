import ParallaxCore

/// Takes the words that bound an expression into its span, as Recognizers-Text does: "after 4pm",
/// "since 7/2", "no later than 1/1/2016", "on or before the day after tomorrow", "within 2 weeks
/// from today", "more than 2 days before yesterday", "2012 or after", "prior to 2pm", "starting from
/// 1/1/2016", "sooner than 2020", "as early as 7:00 am", ">= 6pm today". The value stays the
/// expression's own (TIMEX3 keeps such bounds in `mod`, not in the value).
struct ModifierComposition: Sendable {
    /// Creates the pass.
    init() {}

    /// `matches` with their bounding words taken in.
    func compose(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var output: [TimeMatch] = []
        for var match in matches {
            let floor = output.last?.tokens.upperBound ?? 0
            let start = prefixStart(before: match.tokens.lowerBound, floor: floor, in: tokens)
            var end = match.tokens.upperBound
            if tokens.isWord(end, Self.or), tokens.isWord(end + 1, in: Self.suffixBounds) { end += 2 }
            match.tokens = start..<end
            output.append(match)
        }
        return output
    }

    /// Where the bounding words before token `lower` start (`lower` itself when there are none).
    private func prefixStart(before lower: Int, floor: Int, in tokens: KeyedTokens) -> Int {
        if let phrase = phraseStart(before: lower, floor: floor, in: tokens) { return phrase }
        var start = lower
        while start - 1 >= floor, tokens.isWord(start - 1, in: Self.words) { start -= 1 }
        while start < lower, tokens.isWord(start, in: Self.prepositions) || tokens.isWord(start, Self.or),
            !tokens.isWord(start + 1, Self.or)
        {
            start += 1
        }
        guard (start..<lower).contains(where: { tokens.isWord($0, in: Self.bounds) }) else { return lower }
        guard let last = tokens.key(lower - 1), !Self.openEnded.contains(last) else { return lower }
        return start
    }

    /// Where a bounding phrase or sign right before token `lower` starts: "prior to", "in advance
    /// of", "starting from", "ending with", "sooner than", "as early as", "as late as", "after or equal
    /// to", ">", ">=", "<", "<=".
    private func phraseStart(before lower: Int, floor: Int, in tokens: KeyedTokens) -> Int? {
        for phrase in Self.phrases where lower - phrase.count >= floor {
            let start = lower - phrase.count
            if phrase.enumerated().allSatisfy({ tokens.isWord(start + $0.offset, $0.element) }) { return start }
        }
        var start = lower
        if start - 1 >= floor, tokens.isPunctuation(start - 1, 0x3D) { start -= 1 }  // "="
        let sign = start - 1
        guard sign >= floor, tokens.isPunctuation(sign, 0x3C) || tokens.isPunctuation(sign, 0x3E),
            sign == 0 || tokens.gap(sign) != TokenGap.none  // Not the end of a tag ("<div>6pm").
        else { return nil }
        return sign
    }

    private static let phrases: [[WordKey?]] = [
        ["after", "or", "equal", "to"], ["before", "or", "equal", "to"], ["in", "advance", "of"], ["prior", "to"],
        ["starting", "from"], ["ending", "with"], ["sooner", "than"], ["as", "early", "as"], ["as", "late", "as"],
    ].map { $0.map { WordKey.word($0) } }
    private static let bounds = WordKey.set(["before", "after", "since", "until", "till", "within", "than"])
    private static let words = WordKey.set([
        "before", "after", "since", "until", "till", "within", "than", "later", "earlier", "no", "more", "less",
        "or", "on", "at", "in", "the", "next", "upcoming",
    ])
    private static let prepositions = WordKey.set(["on", "at", "in"])
    private static let openEnded = WordKey.set(["no", "more", "less", "later", "earlier", "or"])
    private static let suffixBounds = WordKey.set(["after", "later", "before", "earlier"])
    private static let or = WordKey.word("or")
}
