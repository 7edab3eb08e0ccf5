/// Finds who a quotation is attributed to: the cue (reporting verb) and the speaker phrase around a
/// quotation's marks, and the person a speaker pronoun refers to.
struct AttributionFinder {
    /// A cue with the speaker it introduces (nil when the cue has no clear subject).
    struct Attribution: Sendable, Hashable {
        /// The cue's tokens (`said`, `according to`).
        var cue: Range<Int>
        /// The speaker, when found.
        var speaker: SpeakerPhrase?
        /// The person addressed (`told Xi`), when named.
        var listener: SpeakerPhrase? = nil
        /// The source reporting the speaker's words (`, according to Ushakov`), when named.
        var via: SpeakerPhrase? = nil
    }

    let text: TokenizedText
    let tokens: [Token]
    let words: [String]
    let mentions: [EntityMention]
    /// Each mention's tokens.
    let mentionRanges: [Range<Int>]
    /// For each token, the mention covering it, or -1.
    let mentionAt: [Int]
    /// For each token, whether it lies inside a quotation (marks included).
    let quoted: [Bool]
    /// For each sentence, the first PERSON mention outside quotations (its subject, roughly).
    private let sentenceSubject: [Int: Int]

    /// The most tokens an attribution window reaches back before an opening mark.
    private static let window = 40

    init(text: TokenizedText, words: [String], entities: EntityResolution, passages: [QuotedPassage]) {
        self.text = text
        self.tokens = text.tokens
        self.words = words
        self.mentions = entities.mentions
        let count = text.tokens.count
        var quoted = [Bool](repeating: false, count: count)
        for passage in passages {
            let end = passage.close.map { $0 + 1 } ?? passage.content.upperBound
            for index in passage.open..<min(end, count) { quoted[index] = true }
        }
        var mentionAt = [Int](repeating: -1, count: count)
        var ranges: [Range<Int>] = []
        var subjects: [Int: Int] = [:]
        for (index, mention) in entities.mentions.enumerated() {
            let range = text.tokenRange(covering: mention.span)
            ranges.append(range)
            for token in range where token < count { mentionAt[token] = index }
            guard mention.type == .person, let first = range.first, first < count, !quoted[first],
                let sentence = text.sentenceIndex(ofToken: first), subjects[sentence] == nil
            else { continue }
            subjects[sentence] = index
        }
        self.mentionRanges = ranges
        self.mentionAt = mentionAt
        self.quoted = quoted
        self.sentenceSubject = subjects
    }

    // MARK: - Windows around the marks

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

    /// The attribution before the opening mark, in the same sentence: `Putin said: “…”`,
    /// `Ushakov told reporters: “…”`, `Putin referred to Xi as a “dear friend”`. For a direct quote the
    /// cue must be close to the mark; a partial quote also accepts characterizing verbs (`called`).
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
    /// service representative in Allentown, Pa., said`; `Rep. Earl Blumenauer (D-Ore.) said`): within 30
    /// tokens, no quotation mark or paragraph break, right after a comma or a closing parenthesis.
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

    /// Whether the mark at `index` is a possessive apostrophe (`Sanders'`): a closing single mark
    /// touching a word that ends in `s`.
    func isApostrophe(_ index: Int) -> Bool {
        guard index > 0, tokens[index].kind == .closeQuote, tokens[index].gap == .none,
            words[index] == "'" || words[index] == "\u{2019}"
        else { return false }
        return words[index - 1].hasSuffix("s")
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

    /// A speaker noun phrase in the tight slot of a closing attribution, from `index` to the cue (when
    /// `stoppingAtCue`, `,” a South Carolina Democrat added`) or to the clause end (`,” added a young
    /// boy.`): at most ten tokens, no quotation mark or sentence end inside, starting with a determiner
    /// or a capital. Its mention is the last PERSON inside it, if any, for resolution.
    func nounPhrase(from index: Int, stoppingAtCue: Bool) -> SpeakerPhrase? {
        guard index < tokens.count, [.word, .number, .alphanumeric].contains(tokens[index].kind) else { return nil }
        let first = words[index]
        guard !stoppingAtCue || tokens[index].kind == .number || ReportingVerbs.determiners.contains(first.lowercased())
            || !WordShape.isLowercaseInitial(first)
        else { return nil }
        var end = index
        while end < tokens.count, end - index < 10 {
            if end > index, tokens[end].gap == .paragraph { return nil }
            let kind = tokens[end].kind
            if isMark(end) && !isApostrophe(end) { break }
            if kind == .terminal, end + 1 >= tokens.count || (words[end + 1] != "," && words[end + 1] != ")") { break }
            if stoppingAtCue {
                if ReportingVerbs.cues.contains(words[end]) { break }
            } else if words[end] == "," || words[end] == ";" || words[end] == "(" || words[end] == ":" {
                break
            }
            end += 1
        }
        guard end < tokens.count, end > index else { return nil }
        if stoppingAtCue {
            guard ReportingVerbs.cues.contains(words[end]) else { return nil }
            end = skipAdverbsBackward(from: end - 1, to: index) + 1
            while end > index + 1, words[end - 1] == "," { end -= 1 }
        }
        let range = index..<end
        guard !range.isEmpty, range.count <= 10 else { return nil }
        var person: Int?
        for token in range where mentionAt[token] >= 0 && mentions[mentionAt[token]].type == .person {
            person = mentionAt[token]
        }
        return SpeakerPhrase(tokens: range, mention: person)
    }

    // MARK: - Speaker phrases

    /// The speaker phrase starting at `index`: a name (after any title: `President Putin`), a
    /// pronoun, or a role phrase; a role phrase right before a name yields the name (`Kremlin aide
    /// Yuri Ushakov`, `the spokesman Dmitry Peskov`). A phrase opening a paragraph counts only when
    /// `openingParagraph` (never across a break after a quotation).
    func phrase(startingAt index: Int, openingParagraph: Bool = false) -> SpeakerPhrase? {
        guard index < tokens.count, openingParagraph || tokens[index].gap != .paragraph, !isMark(index) else { return nil }
        var cursor = index
        while cursor < tokens.count, cursor - index < 4, mentionAt[cursor] < 0,
            PersonTitles.isTitleWord(words[cursor]) || words[cursor] == "the" || words[cursor] == "The"
        {
            cursor += 1
        }
        if cursor < tokens.count, let mention = mentionStarting(at: cursor) {
            if mentions[mention].type == .person {
                return SpeakerPhrase(tokens: mentionRanges[mention], mention: mention)
            }
            if let role = rolePhrase(from: index) { return role }
            guard Self.speakingTypes.contains(mentions[mention].type) else { return nil }
            return SpeakerPhrase(tokens: mentionRanges[mention], mention: mention)
        }
        if ReportingVerbs.pronouns.contains(words[index].lowercased()) {
            return SpeakerPhrase(tokens: index..<(index + 1), mention: nil, isPronoun: true)
        }
        return rolePhrase(from: index)
    }

    /// A role phrase from `index` (`the spokesman`, `a Kremlin source`, `Chinese state media`), or the
    /// name right after its role noun.
    private func rolePhrase(from index: Int) -> SpeakerPhrase? {
        var cursor = index
        var noun = -1
        while cursor < tokens.count, cursor - index < 7, !isMark(cursor) {
            if cursor > index, tokens[cursor].gap == .paragraph { break }
            let mention = mentionAt[cursor]
            if mention >= 0 {
                let after = mentionRanges[mention].upperBound
                if noun < 0, after < tokens.count, after - index < 7,
                    ReportingVerbs.speakerNouns.contains(words[after].lowercased())
                {
                    cursor = after
                    continue
                }
                if mentions[mention].type == .person {
                    // `pollster Frank Luntz`, `the senior adviser Ann Lee`: a name after its role words.
                    return noun >= 0 || cursor - index <= 3
                        ? SpeakerPhrase(tokens: mentionRanges[mention], mention: mention) : nil
                }
                if noun >= 0 { break }
                cursor = mentionRanges[mention].upperBound
                continue
            }
            let lower = words[cursor].lowercased()
            if ReportingVerbs.speakerNouns.contains(lower) {
                noun = cursor
                cursor += 1
                continue
            }
            if noun >= 0 || !isModifier(cursor) { break }
            cursor += 1
        }
        guard noun >= 0 else { return nil }
        if noun + 1 < tokens.count, let name = mentionStarting(at: noun + 1), mentions[name].type == .person,
            tokens[noun + 1].gap != .paragraph
        {
            return SpeakerPhrase(tokens: mentionRanges[name], mention: name)
        }
        return SpeakerPhrase(tokens: index..<(noun + 1), mention: nil)
    }

    /// The speaker phrase ending at `index`: a name, a pronoun, a role phrase (`the ministry`,
    /// `Russia's foreign ministry`), or a name before an apposition (`Putin, 72,`, `Allison, a
    /// professor at Harvard,`).
    func phrase(endingAt index: Int) -> SpeakerPhrase? {
        guard index >= 0, index < tokens.count, !isMark(index) else { return nil }
        let mention = mentionAt[index]
        if mention >= 0, mentionRanges[mention].upperBound == index + 1 {
            guard Self.speakingTypes.contains(mentions[mention].type) else { return nil }
            return SpeakerPhrase(tokens: mentionRanges[mention], mention: mention)
        }
        let word = words[index]
        if ReportingVerbs.pronouns.contains(word.lowercased()) {
            return SpeakerPhrase(tokens: index..<(index + 1), mention: nil, isPronoun: true)
        }
        if word == "who" || word == "which", index >= 2, words[index - 1] == "," {
            let named = mentionAt[index - 2]
            return SpeakerPhrase(
                tokens: index..<(index + 1), mention: named >= 0 && Self.speakingTypes.contains(mentions[named].type) ? named : nil)
        }
        if ReportingVerbs.speakerNouns.contains(word.lowercased()) {
            var start = index
            while start > 0, index - start < 5, tokens[start].gap != .paragraph {
                let previous = start - 1
                let covering = mentionAt[previous]
                if covering >= 0 {
                    guard mentions[covering].type != .person else { break }
                    start = mentionRanges[covering].lowerBound
                    continue
                }
                if tokens[previous].kind == .clitic, previous > 0, mentionAt[previous - 1] >= 0 {
                    start = mentionRanges[mentionAt[previous - 1]].lowerBound
                    break
                }
                let lower = words[previous].lowercased()
                if ReportingVerbs.determiners.contains(lower) {
                    start = previous
                    break
                }
                guard ReportingVerbs.speakerNouns.contains(lower) || isModifier(previous) else { break }
                start = previous
            }
            return SpeakerPhrase(tokens: start..<(index + 1), mention: nil)
        }
        if word == "," {
            // A name before its apposition (`Putin, 72,`; `RoseAnn Lee, director of a union that has
            // broken away, said`): back over commas, the nearest name that ends right before one.
            var comma = index - 1
            var named = -1
            while comma > 0, index - comma < 30, !isMark(comma), tokens[comma + 1].gap != .paragraph {
                if tokens[comma].kind == .terminal, words[comma + 1] != "," { return nil }
                if words[comma] == ",", mentionAt[comma - 1] >= 0 {
                    let candidate = mentionAt[comma - 1]
                    if mentionRanges[candidate].upperBound == comma,
                        mentions[candidate].type == .person || mentions[candidate].type == .organization
                    {
                        named = candidate
                        break
                    }
                }
                comma -= 1
            }
            guard named >= 0 else { return nil }
            return SpeakerPhrase(tokens: mentionRanges[named], mention: named)
        }
        return nil
    }

    /// The subject of the clause in `range` when it is clear: a name opening the clause (after at
    /// most a few title or modifier words), else the one PERSON mention outside quotations (or,
    /// lacking any, the one ORG or GPE mention).
    private func clearSubject(in range: Range<Int>) -> SpeakerPhrase? {
        var people: [Int] = []
        var others: [Int] = []
        var seen = Set<Int>()
        var leading = 0
        for index in range where !quoted[index] {
            let mention = mentionAt[index]
            guard mention >= 0 else {
                if people.isEmpty && others.isEmpty { leading += 1 }
                continue
            }
            guard seen.insert(mention).inserted, mentionRanges[mention].upperBound <= range.upperBound else { continue }
            let type = mentions[mention].type
            if seen.count == 1, leading <= 3, type == .person || type == .organization || type == .geopolitical,
                !range.isEmpty, text.sentenceIndex(ofToken: index) == text.sentenceIndex(ofToken: range.lowerBound)
            {
                return SpeakerPhrase(tokens: mentionRanges[mention], mention: mention)
            }
            switch type {
            case .person: people.append(mention)
            case .organization, .geopolitical: others.append(mention)
            default: continue
            }
        }
        let chosen = people.count == 1 ? people.first : (people.isEmpty && others.count == 1 ? others.first : nil)
        return chosen.map { SpeakerPhrase(tokens: mentionRanges[$0], mention: $0) }
    }

    // MARK: - Pronouns

    /// The cluster a `he`/`she` before or after the quotation opening at `open` refers to.
    ///
    /// Rule: going back from the opening mark, the nearest PERSON mention outside quotations that is
    /// the first PERSON of its sentence (the sentence's subject, roughly) within the three sentences
    /// before; failing that, the nearest PERSON mention outside quotations anywhere before.
    func antecedent(before open: Int) -> Int? {
        let current = text.sentenceIndex(ofToken: min(open, tokens.count - 1)) ?? 0
        var fallback: Int?
        var index = mentions.count - 1
        while index >= 0 {
            defer { index -= 1 }
            let range = mentionRanges[index]
            guard mentions[index].type == .person, range.upperBound <= open, let first = range.first,
                !quoted[first]
            else { continue }
            if fallback == nil { fallback = mentions[index].entity }
            guard let sentence = text.sentenceIndex(ofToken: first) else { continue }
            if current - sentence > 3 { break }
            if sentenceSubject[sentence] == index { return mentions[index].entity }
        }
        return fallback
    }

    // MARK: - Helpers

    /// Entity types that can speak.
    private static let speakingTypes: Set<EntityType> = [.person, .organization, .geopolitical, .nationality]

    /// The mention starting exactly at token `index`.
    private func mentionStarting(at index: Int) -> Int? {
        let mention = mentionAt[index]
        return mention >= 0 && mentionRanges[mention].lowerBound == index ? mention : nil
    }

    /// Whether token `index` is a quotation mark.
    func isMark(_ index: Int) -> Bool {
        tokens[index].kind == .openQuote || tokens[index].kind == .closeQuote
    }

    /// Whether token `index` can modify a role noun: a lowercase word that is not a verb of
    /// attribution or a function word (`senior`, `well-placed`, `state`).
    private func isModifier(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let word = words[index]
        let lower = word.lowercased()
        if ReportingVerbs.determiners.contains(lower) || PersonTitles.roleModifiers.contains(lower) { return true }
        guard WordShape.isLowercaseInitial(word) else { return false }
        return !ReportingVerbs.isCue(lower) && !NonNameWords.functionWords.contains(lower)
    }

    /// The tokens of `according to` at `index`, if it starts there.
    func accordingTo(at index: Int) -> Range<Int>? {
        guard index + 1 < tokens.count, words[index].lowercased() == "according", words[index + 1] == "to" else {
            return nil
        }
        return index..<(index + 2)
    }

    /// The first token after `index` that is not an adverb between speaker and verb (`later`).
    func skipAdverbs(from index: Int) -> Int {
        var cursor = index
        while cursor < tokens.count, cursor - index < 3, ReportingVerbs.adverbs.contains(words[cursor].lowercased()) {
            cursor += 1
        }
        return cursor
    }

    /// The last token at or before `index` (and not before `start`) that is not an adverb.
    func skipAdverbsBackward(from index: Int, to start: Int) -> Int {
        var cursor = index
        while cursor > start, index - cursor < 3, ReportingVerbs.adverbs.contains(words[cursor].lowercased()) {
            cursor -= 1
        }
        return cursor
    }

    /// The first token after one or two appositions that start at `index` (`, 72,` or `, a professor
    /// at Harvard,`), or `index` when none does.
    func skipAppositions(from index: Int) -> Int {
        var cursor = index
        for _ in 0..<2 {
            guard cursor < tokens.count, words[cursor] == "," else { break }
            var end = cursor + 1
            while end < tokens.count, end - cursor < 15, words[end] != ",", !isMark(end),
                tokens[end].kind != .terminal, tokens[end].gap != .paragraph
            {
                end += 1
            }
            guard end < tokens.count, words[end] == "," else { break }
            cursor = end + 1
        }
        return cursor
    }
}
