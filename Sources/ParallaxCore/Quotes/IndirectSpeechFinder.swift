/// Finds indirect speech: attributions without quotation marks, with their content span.
///
/// Rules, sentence by sentence, outside quotation marks:
/// - `X said (that) …`, `X told Y (that) …`, `X warned …`, `X has called for …`, `X described Y as …`:
///   a cue verb with a speaker phrase right before it (adverbs and auxiliaries between them allowed).
///   The content runs from the word after the cue (after the listener of `told`, from `that` when it
///   follows within a few words such as `said Friday that`) to the end of the clause: the sentence
///   end, or a comma that opens another attribution (`, adding that`, `, according to`).
/// - `…, X said.` and `…, said X.`: a cue and speaker closing the sentence after a comma; the content
///   runs from the sentence start to that comma.
/// - `according to X, …` and `…, according to X`: the content is the rest of the sentence, or the
///   sentence before the comma.
/// - A content that is just a quotation already found (`He said: “…”`) is left to that quotation.
/// - No speaker phrase, no attribution: weak evidence is not reported.
struct IndirectSpeechFinder {
    let finder: AttributionFinder

    /// The most words an indirect content may hold before a closing cue (`…, X said`).
    private static let minimumContentWords = 3

    /// The indirect attributions of the text, in order of their cue.
    func attributions() -> [ReportedSpeech] {
        let text = finder.text
        var result: [ReportedSpeech] = []
        for sentence in text.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let found = attribution(at: index, in: sentence.tokens) {
                    result.append(found)
                    index = (found.cue?.upperBound ?? index + 1)
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// The attribution whose cue starts at `index`, if any.
    private func attribution(at index: Int, in sentence: Range<Int>) -> ReportedSpeech? {
        let words = finder.words
        guard !finder.quoted[index], finder.tokens[index].kind == .word else { return nil }
        if let according = finder.accordingTo(at: index) { return accordingTo(according, in: sentence) }
        let word = words[index]
        guard ReportingVerbs.indirect.contains(word) else { return nil }
        let cue = index..<(index + 1)
        // `…, X said.` / `…, said X.`
        if let closing = closingAttribution(cue: cue, in: sentence) { return closing }
        // `X said (that) …`
        let before = finder.skipAdverbsBackward(from: index - 1, to: sentence.lowerBound)
        guard before >= sentence.lowerBound, !finder.quoted[before] else { return nil }
        var found = subject(endingAt: before, cue: index, in: sentence)
        if found == nil, words[before] == ",", word.hasSuffix("ing") {
            // `Trump lashed out at the judge, saying …`: the sentence's subject speaks.
            found = finder.participleSpeaker(before: index, from: sentence.lowerBound, named: false)
        }
        guard let speaker = found else { return nil }
        var start = cue.upperBound
        var listener: SpeakerPhrase?
        if ReportingVerbs.addressing.contains(word), let heard = finder.phrase(startingAt: start) {
            listener = heard
            start = heard.tokens.upperBound
        } else if ReportingVerbs.addressing.contains(word), start < sentence.upperBound,
            ReportingVerbs.listenerNouns.contains(words[start].lowercased())
        {
            start += 1
        }
        guard let opening = contentStart(from: start, in: sentence) else { return nil }
        start = opening
        // `Ms. Alder, who said the plan would cut waste, voted for it`: a relative clause set off by
        // commas reports only up to its closing comma; the sentence goes on about the antecedent.
        let end = contentEnd(from: start, in: sentence, closingAtComma: speaker.isRelative)
        guard end > start, wordCount(start..<end) >= 1, !isOneQuotation(start..<end) else { return nil }
        return ReportedSpeech(
            content: start..<end, parts: [start..<end], kind: .indirect, cue: cue, speaker: speaker,
            listener: listener, via: nil, anchor: speaker.tokens.lowerBound)
    }

    /// The subject before a cue: a speaker phrase ending at `index`, else a short noun phrase opening
    /// the clause and running up to the cue (`Other Republican candidates said …`).
    private func subject(endingAt index: Int, cue: Int, in sentence: Range<Int>) -> SpeakerPhrase? {
        if let phrase = finder.phrase(endingAt: index), phrase.tokens.lowerBound >= sentence.lowerBound { return phrase }
        var start = index
        while start > sentence.lowerBound, index - start < 8, finder.words[start - 1] != ",",
            [.word, .number, .percent, .clitic].contains(finder.tokens[start - 1].kind)
        {
            start -= 1
        }
        guard start == sentence.lowerBound || finder.words[start - 1] == "," else { return nil }
        guard let phrase = finder.nounPhrase(from: start, stoppingAtCue: true),
            finder.skipAdverbs(from: phrase.tokens.upperBound) == cue
        else { return nil }
        return phrase
    }

    /// `…, X said.` or `…, said X.` with the cue at `cue`: the content is the sentence before the comma.
    private func closingAttribution(cue: Range<Int>, in sentence: Range<Int>) -> ReportedSpeech? {
        let words = finder.words
        guard ReportingVerbs.cues.contains(words[cue.lowerBound]) else { return nil }
        var speaker: SpeakerPhrase?
        var comma: Int
        if cue.lowerBound > sentence.lowerBound, words[cue.lowerBound - 1] == "," {
            // `…, said X.`
            guard ReportingVerbs.inverting.contains(words[cue.lowerBound]),
                let after = finder.phrase(startingAt: cue.upperBound)
            else { return nil }
            speaker = after
            comma = cue.lowerBound - 1
            guard closes(from: after.tokens.upperBound, in: sentence) else { return nil }
        } else {
            let before = finder.skipAdverbsBackward(from: cue.lowerBound - 1, to: sentence.lowerBound)
            guard before > sentence.lowerBound, let phrase = finder.phrase(endingAt: before) else { return nil }
            speaker = phrase
            comma = phrase.tokens.lowerBound - 1
            guard comma > sentence.lowerBound, words[comma] == ",", closes(from: cue.upperBound, in: sentence) else {
                return nil
            }
        }
        var start = sentence.lowerBound
        while start < comma, finder.isMark(start) == false, finder.tokens[start].kind == .punctuation { start += 1 }
        let content = start..<comma
        guard wordCount(content) >= Self.minimumContentWords, !isOneQuotation(content),
            !finder.isMark(start)
        else { return nil }
        return ReportedSpeech(
            content: content, parts: [content], kind: .indirect, cue: cue, speaker: speaker, listener: nil, via: nil,
            anchor: content.lowerBound)
    }

    /// `according to X, …` or `…, according to X`.
    private func accordingTo(_ cue: Range<Int>, in sentence: Range<Int>) -> ReportedSpeech? {
        let words = finder.words
        guard let speaker = finder.phrase(startingAt: cue.upperBound) ?? finder.nounPhrase(from: cue.upperBound, stoppingAtCue: false)
        else { return nil }
        var end = speaker.tokens.upperBound
        if cue.lowerBound > sentence.lowerBound, words[cue.lowerBound - 1] == "," {
            // `…, according to X` closes the sentence: content before the comma.
            let comma = cue.lowerBound - 1
            let content = sentence.lowerBound..<comma
            guard wordCount(content) >= Self.minimumContentWords, !isOneQuotation(content) else { return nil }
            return ReportedSpeech(
                content: content, parts: [content], kind: .indirect, cue: cue, speaker: speaker, listener: nil, via: nil,
                anchor: content.lowerBound)
        }
        // `According to X, …`: skip the rest of the source phrase up to its comma.
        while end < sentence.upperBound, words[end] != ",", end - speaker.tokens.upperBound < 12 { end += 1 }
        guard end < sentence.upperBound, words[end] == "," else { return nil }
        let start = end + 1
        let stop = contentEnd(from: start, in: sentence)
        guard stop > start, wordCount(start..<stop) >= Self.minimumContentWords, !isOneQuotation(start..<stop) else {
            return nil
        }
        return ReportedSpeech(
            content: start..<stop, parts: [start..<stop], kind: .indirect, cue: cue, speaker: speaker, listener: nil,
            via: nil, anchor: speaker.tokens.lowerBound)
    }

    // MARK: - Content bounds

    /// Where the content starts after a cue's object: at `that` or a colon within a few adjunct words
    /// (`said Friday that`, `said in a statement that`), else right after the cue (past a colon or
    /// comma); past an opening prepositional phrase up to its comma (`said on Friday, …`). Nil when the
    /// words after the cue are an adjunct and nothing more (`said in an interview.`) or another cue
    /// (`said Friday, adding …`).
    private func contentStart(from index: Int, in sentence: Range<Int>) -> Int? {
        let words = finder.words
        var cursor = index
        if index + 2 < sentence.upperBound, words[index] == ",", words[index + 2] == ",",
            ReportingVerbs.parenthetical.contains(words[index + 1].lowercased())
        {
            // `told Xi, however, that …`
            cursor = index + 3
        }
        let opening = cursor
        while cursor < sentence.upperBound, cursor - opening < 8 {
            let word = words[cursor]
            if word == "that" { return cursor }
            if word == ":" { return cursor + 1 }
            if finder.tokens[cursor].kind != .word || ReportingVerbs.indirect.contains(word) { break }
            cursor += 1
        }
        var start = opening
        while start < sentence.upperBound, words[start] == ":" || words[start] == "," { start += 1 }
        guard start < sentence.upperBound else { return nil }
        if ReportingVerbs.adjunctPrepositions.contains(words[start].lowercased()) {
            var end = start + 1
            while end < sentence.upperBound, end - start < 14, words[end] != ",", words[end] != ":", words[end] != "that",
                finder.tokens[end].kind != .terminal, !finder.isMark(end)
            {
                end += 1
            }
            guard end < sentence.upperBound, words[end] == "," || words[end] == ":" || words[end] == "that" else { return nil }
            start = words[end] == "that" ? end : end + 1
        }
        guard start < sentence.upperBound, !ReportingVerbs.cues.contains(words[start]) else { return nil }
        return start
    }

    /// Where the content ends: before the sentence's final stop, or before a comma opening another
    /// attribution (`, adding that`, `, according to`, `, he said`).
    /// With `closingAtComma` (a relative clause: `…, who said …, voted`), the first comma outside
    /// quotation marks ends it.
    private func contentEnd(from start: Int, in sentence: Range<Int>, closingAtComma: Bool = false) -> Int {
        let words = finder.words
        var end = sentence.upperBound
        var index = start
        while index < sentence.upperBound {
            if closingAtComma, words[index] == ",", index > start, !finder.quoted[index] {
                end = index
                break
            }
            if (words[index] == "and" || words[index] == "but"), index > start, !finder.quoted[index],
                index + 1 < sentence.upperBound,
                (finder.words[index - 1] != "," && Self.isPastTense(words[index + 1])) || Self.isParticiple(words[index + 1])
            {
                // `she admires his determination and highlighted …`, `… and questioning …`: the speaker's next verb.
                end = index
                break
            }
            if words[index] == ",", !finder.quoted[index], index + 1 < sentence.upperBound {
                let next = index + 1
                if Self.isParticiple(words[next]) {
                    // `…, echoing a memo`: a participle clause about the speaker.
                    end = index
                    break
                }
                let conjoined = next + 1 < sentence.upperBound && (words[next] == "and" || words[next] == "but")
                    && ReportingVerbs.cues.contains(words[next + 1])
                if finder.accordingTo(at: next) != nil || ReportingVerbs.cues.contains(words[next]) || conjoined {
                    end = index
                    break
                }
                if let speaker = finder.phrase(startingAt: next), speaker.tokens.upperBound < sentence.upperBound,
                    ReportingVerbs.cues.contains(words[finder.skipAdverbs(from: speaker.tokens.upperBound)]),
                    closes(from: finder.skipAdverbs(from: speaker.tokens.upperBound) + 1, in: sentence)
                {
                    end = index
                    break
                }
            }
            index += 1
        }
        while end > start, finder.tokens[end - 1].kind == .terminal || words[end - 1] == "," || words[end - 1] == ";" {
            end -= 1
        }
        return end
    }

    /// Whether the sentence ends within a few words after `index` (adjuncts such as `on Friday`, `in a
    /// statement`, `told reporters`).
    private func closes(from index: Int, in sentence: Range<Int>) -> Bool {
        var cursor = index
        while cursor < sentence.upperBound {
            let kind = finder.tokens[cursor].kind
            if kind == .terminal { return true }
            if finder.isMark(cursor) && cursor + 1 == sentence.upperBound { return true }
            if cursor - index > 10 { return false }
            cursor += 1
        }
        return true
    }

    /// Whether `word` looks like a lowercase past-tense verb (`highlighted`, `added`).
    static func isPastTense(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") && WordShape.isLowercaseInitial(word)
    }

    /// Whether `word` looks like a lowercase present participle (`echoing`, `adding`).
    static func isParticiple(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ing") && WordShape.isLowercaseInitial(word)
            && !ReportingVerbs.participleExceptions.contains(word)
    }

    /// Words (not punctuation) in `range`.
    private func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (finder.tokens[$1].kind == .word || finder.tokens[$1].kind == .number ? 1 : 0) }
    }

    /// Whether `range` is one quotation and nothing else (left to the quotation-mark extractor).
    private func isOneQuotation(_ range: Range<Int>) -> Bool {
        guard let first = range.first, finder.isMark(first) else { return false }
        return range.allSatisfy { finder.quoted[$0] }
    }
}
