/// Settling the names left undecided with evidence from the whole article: a reporting verb or an
/// age after the name, the same word in a person's name elsewhere, or the name an acronym spells.
extension EntityScan {
    /// Decides the names that waited for evidence; the rest are dropped rather than guessed.
    mutating func settleUndecided() {
        var personWords = Set<String>()
        func remember(_ range: Range<Int>) {
            personWords.insert(words[range.upperBound - 1])
            if range.count >= 2, !GivenNames.all.contains(words[range.lowerBound]) {
                personWords.insert(words[range.lowerBound])
            }
        }
        var initials: [String: EntityType] = [:]
        for candidate in candidates {
            if candidate.type == .person { remember(candidate.tokens) }
            guard let type = candidate.type, type != .person, candidate.tokens.count >= 2 else { continue }
            var letters = ""
            for index in candidate.tokens {
                if let first = words[index].unicodeScalars.first, first.properties.isUppercase {
                    letters.unicodeScalars.append(first)
                }
            }
            initials[letters] = type
        }
        for index in candidates.indices where candidates[index].type == nil {
            let range = candidates[index].tokens
            if range.count == 1, WordShape.isAcronym(words[range.lowerBound]) {
                // An unlisted acronym: the type of the name it abbreviates, or an organization that speaks.
                let letters = String(words[range.lowerBound].unicodeScalars.filter { $0 != "." })
                candidates[index].type = initials[letters] ?? (isSpeakerOrAged(range) ? .organization : nil)
            } else if isSpeakerOrAged(range) {
                candidates[index].type = .person
                remember(range)
            }
        }
        for index in candidates.indices where candidates[index].type == nil {
            let range = candidates[index].tokens
            if range.count == 1, WordShape.isAcronym(words[range.lowerBound]) { continue }
            if personWords.contains(words[range.upperBound - 1])
                || (range.count == 1 && personWords.contains(words[range.lowerBound]))
            {
                candidates[index].type = .person
            }
        }
    }

    /// Whether the name is followed by an age (`, 72,`) or is the subject of a reporting verb
    /// (`Ushakov said`, `Ushakov later told`, `said Ushakov.`).
    private func isSpeakerOrAged(_ range: Range<Int>) -> Bool {
        let count = tokens.count
        var next = range.upperBound
        if next + 2 < count, words[next] == ",", WordShape.isAge(words[next + 1]), words[next + 2] == "," {
            return true
        }
        var skipped = 0
        while next < count, skipped < 2, ReportingVerbs.adverbs.contains(words[next]) {
            next += 1
            skipped += 1
        }
        if next < count, ReportingVerbs.cues.contains(words[next]) { return true }
        let before = range.lowerBound - 1
        guard before >= 0, ReportingVerbs.inverting.contains(words[before]) else { return false }
        if before > 0, tokens[before - 1].kind == .closeQuote || words[before - 1] == "," { return true }
        let after = range.upperBound
        return after == count || tokens[after].kind == .terminal || words[after] == "," || words[after] == ":"
    }
}
