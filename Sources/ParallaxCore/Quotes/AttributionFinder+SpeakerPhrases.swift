/// The speaker phrases around a cue: a name (after any title), a pronoun, a role phrase (`the
/// spokesman`, `a Kremlin source`), a name before its apposition, or a noun phrase in the tight slot
/// of a closing attribution; and the clear subject of a clause when no phrase is next to the cue.
extension AttributionFinder {
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
                tokens: index..<(index + 1), mention: named >= 0 && Self.speakingTypes.contains(mentions[named].type) ? named : nil,
                isRelative: true)
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
    func clearSubject(in range: Range<Int>) -> SpeakerPhrase? {
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

    /// Entity types that can speak.
    private static let speakingTypes: Set<EntityType> = [.person, .organization, .geopolitical, .nationality]

    /// The mention starting exactly at token `index`.
    private func mentionStarting(at index: Int) -> Int? {
        let mention = mentionAt[index]
        return mention >= 0 && mentionRanges[mention].lowerBound == index ? mention : nil
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
}
