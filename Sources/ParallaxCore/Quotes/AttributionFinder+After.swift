/// The attribution after a quotation's closing mark: a reporting clause it runs into (`,” Ushakov
/// said`, `,” said Graham Allison`, `”, according to Yuri Ushakov`), the sentence's closing
/// attribution further on, or a signature on the next line (`– Bernie Sanders`).
extension AttributionFinder {
    /// The attribution after the closing mark: `,” Ushakov said`, `,” said Graham Allison`,
    /// `”, according to Yuri Ushakov`.
    func after(_ passage: QuotedPassage) -> Attribution? {
        guard let close = passage.close else { return nil }
        if let signed = signature(after: close) { return signed }
        guard !endsLine(at: close) else { return nil }
        if let adjacent = adjacentAfter(close) { return adjacent }
        return trailingAttribution(after: close)
    }

    /// The closing attribution of the sentence when the quotation is followed by more of the
    /// reporter's words first (`“This will be a challenge” for Clinton, Kunin said.`): `, X said` or
    /// `, said X` ending the sentence within 25 tokens, with no other quotation in between.
    func trailingAttribution(after close: Int) -> Attribution? {
        var cursor = close + 1
        while cursor < tokens.count, cursor - close < 25 {
            if tokens[cursor].gap == .paragraph || (isMark(cursor) && !isApostrophe(cursor)) { return nil }
            if tokens[cursor].kind == .terminal { return nil }
            if words[cursor] == ",", cursor + 1 < tokens.count, let found = adjacentAfter(cursor, requireEnd: true) {
                return found
            }
            cursor += 1
        }
        return nil
    }

    /// The attribution right after token `close` (a closing mark or a comma).
    private func adjacentAfter(_ close: Int, requireEnd: Bool = false) -> Attribution? {
        let found = adjacentAttribution(after: close)
        guard requireEnd, let found else { return found }
        let last = max(found.cue.upperBound, found.speaker?.tokens.upperBound ?? 0)
        var cursor = last
        while cursor < tokens.count, cursor - last < 25 {
            if tokens[cursor].kind == .terminal { return found }
            if (isMark(cursor) && !isApostrophe(cursor)) || tokens[cursor].gap == .paragraph { return nil }
            cursor += 1
        }
        return cursor >= tokens.count ? found : nil
    }

    /// The attribution right after token `close`, wherever its sentence ends: `according to X`, a cue
    /// before its speaker (`said X`), or a speaker before its cue (`X said`, `X, 72, said`, `X barked`).
    private func adjacentAttribution(after close: Int) -> Attribution? {
        var index = close + 1
        guard index < tokens.count, tokens[index].gap != .paragraph else { return nil }
        if close > 0, tokens[close - 1].kind == .terminal, isMark(close) {
            // `“… wheelhouse.” He added …`: a stop inside the marks ends the sentence, so a capitalized
            // pronoun after them opens the next one (`“Why?” he asked.` stays one sentence).
            let next = words[index]
            if ReportingVerbs.pronouns.contains(next.lowercased()), next != "I", !WordShape.isLowercaseInitial(next) {
                return nil
            }
        }
        if words[index] == "," || tokens[index].kind == .dash { index += 1 }
        guard index < tokens.count, tokens[index].gap != .paragraph, !isMark(index) else { return nil }
        if let cue = accordingTo(at: index) {
            return Attribution(cue: cue, speaker: phrase(startingAt: cue.upperBound))
        }
        if ReportingVerbs.cues.contains(words[index]) {
            let speaker = phrase(startingAt: index + 1) ?? nounPhrase(from: index + 1, stoppingAtCue: false)
            return Attribution(cue: index..<(index + 1), speaker: speaker)
        }
        var verb = tokens.count
        var found = phrase(startingAt: index)
        if let speaker = found {
            verb = skipAdverbs(from: skipAppositions(from: speaker.tokens.upperBound))
            if verb >= tokens.count || !ReportingVerbs.cues.contains(words[verb]) {
                verb = cueAhead(from: speaker.tokens.upperBound) ?? verb
            }
        }
        if verb >= tokens.count || !ReportingVerbs.cues.contains(words[verb]),
            let phrase = nounPhrase(from: index, stoppingAtCue: true)
        {
            found = phrase
            verb = skipAdverbs(from: phrase.tokens.upperBound)
        }
        if let speaker = found, verb < tokens.count, !ReportingVerbs.cues.contains(words[verb]),
            verb == skipAdverbs(from: speaker.tokens.upperBound), closesClause(before: close),
            ReportingVerbs.looksLikeFiniteVerb(words[verb])
        {
            // `“…,” Trump barked`, `“…,” he went on`: after a quotation its clause runs into, a speaker
            // and a finite verb are the attribution even when the verb is not a listed cue.
            return Attribution(cue: verb..<(verb + 1), speaker: speaker)
        }
        guard let speaker = found, verb < tokens.count, ReportingVerbs.cues.contains(words[verb]) else { return nil }
        var attribution = Attribution(cue: verb..<(verb + 1), speaker: speaker)
        if ReportingVerbs.addressing.contains(words[verb]) { attribution.listener = phrase(startingAt: verb + 1) }
        attribution.via = trailingSource(after: verb + 1)
        return attribution
    }

    /// A signature under a quotation: a dash and a name opening the next line (`“…” ¶ – Bernie
    /// Sanders.`, `-Jane Roe, Ohio`), or closing the quotation's own line after its final stop (`“… for
    /// us.” ― Ana Ruiz`). The dash is the cue.
    func signature(after close: Int) -> Attribution? {
        let dash = close + 1
        guard dash + 1 < tokens.count, tokens[dash].kind == .dash || words[dash] == "-",
            tokens[dash + 1].gap != .paragraph, tokens[dash + 1].gap != .newline
        else { return nil }
        let speaker = phrase(startingAt: dash + 1) ?? nounPhrase(from: dash + 1, stoppingAtCue: false)
        guard let speaker, speaker.mention != nil || !WordShape.isLowercaseInitial(words[dash + 1]) else { return nil }
        if tokens[dash].gap != .paragraph, tokens[dash].gap != .newline {
            guard close > 0, tokens[close - 1].kind == .terminal else { return nil }
            var end = speaker.tokens.upperBound
            if end < tokens.count, tokens[end].kind == .terminal { end += 1 }
            guard end >= tokens.count || tokens[end].gap == .newline || tokens[end].gap == .paragraph else { return nil }
        }
        return Attribution(cue: dash..<(dash + 1), speaker: speaker)
    }

    /// Whether the quotation closing at token `close` ends its sentence and its line (`….”` and a line
    /// break): what follows is the next paragraph even where paragraphs are set off by one line break.
    func endsLine(at close: Int) -> Bool {
        guard close > 0, close + 1 < tokens.count, isMark(close), tokens[close - 1].kind == .terminal else { return false }
        return tokens[close + 1].gap == .newline || tokens[close + 1].gap == .paragraph
    }

    /// Whether the quotation closing at token `close` runs on into the reporter's clause: a comma inside
    /// or right after the closing mark (`“…,” he said`; `“…”, he said`).
    func closesClause(before close: Int) -> Bool {
        guard isMark(close) else { return words[close] == "," }
        if close > 0, words[close - 1] == "," { return true }
        return close + 1 < tokens.count && words[close + 1] == ","
    }

    /// The source of `…, according to Y` closing the sentence after token `index`, if any: the one who
    /// reports the attribution's speaker.
    func trailingSource(after index: Int) -> SpeakerPhrase? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 20, tokens[cursor].kind != .terminal, !isMark(cursor) {
            if cursor > index, tokens[cursor].gap == .paragraph { return nil }
            if words[cursor] == ",", let according = accordingTo(at: cursor + 1) {
                return phrase(startingAt: according.upperBound)
            }
            cursor += 1
        }
        return nil
    }

    /// The cue after a speaker's appositions and parentheses (`Cecelia Purner, 67, a retired customer
    /// service representative in Allentown, Pa., said`; `Rep. Earl Blumenauer (D-Ore.) said`; `Kate Allen,
    /// Amnesty International U.K.'s director, said`): within 30 tokens, no quotation mark (an apostrophe
    /// is none) or paragraph break, right after a comma or a closing parenthesis.
    func cueAhead(from index: Int) -> Int? {
        var cursor = index
        var depth = 0
        while cursor < tokens.count, cursor - index < 30 {
            if tokens[cursor].gap == .paragraph || (isMark(cursor) && !isApostrophe(cursor)) { return nil }
            let word = words[cursor]
            if tokens[cursor].kind == .terminal {
                guard cursor + 1 < tokens.count, words[cursor + 1] == "," || words[cursor + 1] == ")" else { return nil }
            }
            if word == "(" { depth += 1 }
            if word == ")" { depth -= 1 }
            if depth == 0, cursor > index, ReportingVerbs.cues.contains(word) {
                let before = skipAdverbsBackward(from: cursor - 1, to: index)
                let origin = cursor - index <= 5 && ["of", "from", "at", "in"].contains(words[index])  // `Jeb Bush of Florida said`
                return words[before] == "," || words[before] == ")" || origin ? cursor : nil
            }
            cursor += 1
        }
        return nil
    }
}
