/// The attribution before a quotation's opening mark, in the same sentence (`Putin said: “…”`,
/// `Ushakov told reporters: “…”`), and the speaker of a participle cue (`…, adding: “…”`).
extension AttributionFinder {
    /// The attribution before the opening mark, in the same sentence: `Putin said: “…”`,
    /// `Ushakov told reporters: “…”`, `Putin referred to Xi as a “dear friend”`. For a direct quote the
    /// cue must be close to the mark; a partial quote also accepts characterizing verbs (`called`), and
    /// any quote right after "as" an active verb that characterizes its object (`dismissed it as “…”`;
    /// not `was viewed as “…”`, whose subject is not the speaker).
    func before(_ passage: QuotedPassage, partial: Bool) -> Attribution? {
        let open = passage.open
        var start = open
        if !partial, tokens[open].gap == .paragraph, open > 0, words[open - 1] == ":", !quoted[open - 1] {
            // `He said: ¶ “…”`, `Cruz continued: ¶ “…”`: a paragraph ending in a colon introduces the
            // quotation that opens the next one.
            start = open - 1
        }
        while start > 0, tokens[start].gap != .paragraph, open - start < Self.window {
            if tokens[start - 1].kind == .terminal, !quoted[start - 1] { break }
            if !partial, isMark(start - 1) { break }
            start -= 1
        }
        var cueIndex = open - 1
        var cue: Range<Int>?
        // `dismissed it in an email as “a conspiracy theory dressed up as a lawsuit.”`: a verb that
        // characterizes its object as the quotation after "as" introduces it, whatever its length.
        let namesAs = open > 0 && words[open - 1].lowercased() == "as"
        while cueIndex >= start {
            if quoted[cueIndex] {
                cueIndex -= 1
                continue
            }
            if let according = accordingTo(at: cueIndex), according.upperBound <= open {
                cue = according
                break
            }
            let word = words[cueIndex]
            if word == "it", cueIndex > start, words[cueIndex - 1] == "put" {
                // `as Professor Foner put it: “…”`
                cue = (cueIndex - 1)..<(cueIndex + 1)
                break
            }
            if ReportingVerbs.cues.contains(word) || (partial && ReportingVerbs.characterizing.contains(word))
                || (namesAs && ReportingVerbs.characterizingAs.contains(word) && !isPassive(cueIndex, from: start))
                || (cueIndex == start && ReportingVerbs.inverting.contains(word.lowercased()))
            {
                cue = cueIndex..<(cueIndex + 1)
                break
            }
            cueIndex -= 1
        }
        if cue == nil, !partial, open > start, words[open - 1] == ":" {
            // `Skelly: “…”`, `Kasich resisted: “…”`: the colon is the cue, the clause's subject the speaker.
            let colon = open - 1
            let speaker = phrase(endingAt: colon - 1).flatMap { $0.tokens.lowerBound >= start ? $0 : nil }
                ?? nounPhrase(from: start, stoppingAtCue: false).flatMap { $0.tokens.upperBound == colon ? $0 : nil }
            return Attribution(cue: colon..<open, speaker: speaker ?? clearSubject(in: start..<colon))
        }
        guard let cue, partial || open - cue.lowerBound <= 14 else { return nil }
        if words[cue.lowerBound].lowercased() == "according" {
            return Attribution(cue: cue, speaker: phrase(startingAt: cue.upperBound))
        }
        if words[cue.lowerBound].hasSuffix("ing"), let subject = participleSpeaker(before: cue.lowerBound, from: start) {
            // `Sanders emailed supporters saying: “…”`: a participle's speaker is the sentence's subject.
            return Attribution(cue: cue, speaker: subject)
        }
        if let speaker = phrase(endingAt: skipAdverbsBackward(from: cue.lowerBound - 1, to: start)),
            speaker.tokens.lowerBound >= start
        {
            var attribution = Attribution(cue: cue, speaker: speaker)
            if ReportingVerbs.addressing.contains(words[cue.lowerBound]), let heard = phrase(startingAt: cue.upperBound),
                heard.tokens.upperBound <= open
            {
                attribution.listener = heard
            }
            return attribution
        }
        if ReportingVerbs.inverting.contains(words[cue.lowerBound].lowercased()),
            let speaker = phrase(startingAt: cue.upperBound) ?? nounPhrase(from: cue.upperBound, stoppingAtCue: false),
            speaker.tokens.upperBound <= open
        {
            return Attribution(cue: cue, speaker: speaker)
        }
        var clause = start
        for index in start..<cue.lowerBound where words[index] == "," { clause = index + 1 }
        if let subject = nounPhrase(from: clause, stoppingAtCue: true),
            skipAdverbs(from: subject.tokens.upperBound) == cue.lowerBound
        {
            return Attribution(cue: cue, speaker: subject)
        }
        if cue.lowerBound > start, words[cue.lowerBound - 1] == ",", words[cue.lowerBound].hasSuffix("ing"),
            let subject = participleSpeaker(before: cue.lowerBound, from: start, named: false)
        {
            // `Trump lashed out, adding: “…”`: the sentence's subject speaks.
            return Attribution(cue: cue, speaker: subject)
        }
        return Attribution(cue: cue, speaker: clearSubject(in: start..<cue.lowerBound))
    }

    /// The speaker of a participle cue at `cue` (`adding`, `saying`) in the clause from `start`: the
    /// speaker of a reporting verb just before it (`…, Nefzi said, adding …`; `…, said Nefzi, adding
    /// …`), else the clause's subject (`Trump lashed out, saying …`) — when `named`, only a name or a
    /// pronoun.
    func participleSpeaker(before cue: Int, from start: Int, named: Bool = true) -> SpeakerPhrase? {
        if cue - 2 >= start, words[cue - 1] == "," {
            let verb = cue - 2
            if ReportingVerbs.cues.contains(words[verb]), verb > start,
                let speaker = phrase(endingAt: skipAdverbsBackward(from: verb - 1, to: start)), speaker.tokens.lowerBound >= start
            {
                return speaker
            }
            if let speaker = phrase(endingAt: verb), speaker.tokens.lowerBound > start,
                ReportingVerbs.cues.contains(words[speaker.tokens.lowerBound - 1])
            {
                return speaker
            }
        }
        // The clause's subject: at its start, or after an opening adjunct set off by a comma (`At the
        // time, she released a statement saying …`).
        let clauseStarts = [start] + (start..<max(start, cue - 1)).filter { words[$0] == "," }.map { $0 + 1 }
        for clauseStart in clauseStarts {
            guard let subject = phrase(startingAt: clauseStart, openingParagraph: true), subject.tokens.upperBound < cue,
                !named || subject.mention != nil || subject.isPronoun
            else { continue }
            return subject
        }
        return nil
    }

    /// Whether the verb at `index` is passive: a form of "be" right before it within the window from
    /// `start`, an adverb in -ly or two between allowed (`was widely described`). Not
    /// `skipAdverbsBackward`: its list holds the auxiliaries themselves ("was", "is"), which it skips.
    func isPassive(_ index: Int, from start: Int) -> Bool {
        var before = index - 1
        while before > start, index - before <= 2, words[before].lowercased().hasSuffix("ly") { before -= 1 }
        return before >= start && Self.beForms.contains(words[before].lowercased())
    }

    /// Forms of "be" that make a participle after them passive.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'s"]
}
