/// Resolves third-person singular pronouns (`he`, `him`, `his`, `himself`, `she`, `her`, `hers`,
/// `herself`) to the person clusters they refer to, by a conservative rule.
///
/// The rule, for a pronoun outside quotation marks:
/// - Candidates are the person references (names, resolved role descriptions, pronouns already
///   resolved) outside quotation marks, earlier in the same sentence or anywhere in the previous one,
///   whose cluster's gender is unknown or agrees with the pronoun's.
/// - If the same sentence, before the pronoun, holds candidates of exactly one cluster, the pronoun
///   joins it; two clusters there make it ambiguous (`Baker told Green that he …`): it stays out.
/// - Otherwise, if the previous sentence holds candidates of exactly one cluster, the pronoun joins
///   it. If it holds several, a subject pronoun (`he`, `she`) opening its sentence joins the subject
///   of the previous sentence — its first candidate, within its first four tokens and not
///   coordinated (`Baker and Green met. He …` stays out).
/// - A subject pronoun closing reported words (`No offer from Baker has come, he said.`) looks past the
///   names in them, to the previous sentence, where it takes the subject as a sentence-opening pronoun
///   does.
/// - A lowercase role noun that belongs to no name (`a spokesman said he`, `his Chinese counterpart`)
///   names another person: one in the pronoun's sentence before it, or in the previous sentence when
///   the antecedent is there, leaves the pronoun out.
/// A resolved pronoun gives an unknown-gender cluster its gender, so a later pronoun of the other
/// gender does not join it.
struct PronounResolver {
    let text: TokenizedText
    /// Each token's text.
    let words: [String]
    /// For each token, whether a name, a resolved description, or a role attached to a name (a title
    /// before it, an apposition after it) covers it.
    let covered: [Bool]

    /// The pronouns and the gender each requires (lowercase).
    private static let pronouns: [String: PersonGender] = [
        "he": .masculine, "him": .masculine, "his": .masculine, "himself": .masculine,
        "she": .feminine, "her": .feminine, "hers": .feminine, "herself": .feminine,
    ]

    /// Subject pronouns, which prefer a subject antecedent.
    private static let subjects: Set<String> = ["he", "she"]

    /// The pronoun references in the text, given the article's person `references` in token order and
    /// each cluster's known gender (updated as pronouns resolve).
    func resolve(references: [PersonReference], genders: inout [Int: PersonGender]) -> [PersonReference] {
        let count = min(words.count, text.tokens.count)
        guard count > 0, !references.isEmpty else { return [] }
        let quoted = quotedTokens(count: count)
        let sentenceOf = sentenceIndices(count: count)
        var known = references.filter { $0.tokens.lowerBound < count && !quoted[$0.tokens.lowerBound] }
        var resolved: [PersonReference] = []
        var next = 0  // first reference in `known` starting at or after the token being read
        for index in 0..<count {
            while next < known.count, known[next].tokens.lowerBound < index { next += 1 }
            guard !covered[index], !quoted[index], text.tokens[index].kind == .word, Self.mayBePronoun(words[index]),
                let gender = Self.pronouns[words[index].lowercased()], let sentence = sentenceOf[index]
            else { continue }
            guard
                let cluster = antecedent(
                    of: index, gender: gender, sentence: sentence, known: known[..<next], genders: genders)
            else { continue }
            let reference = PersonReference(tokens: index..<(index + 1), cluster: cluster)
            resolved.append(reference)
            known.insert(reference, at: next)
            next += 1
            if genders[cluster] == nil { genders[cluster] = gender }
        }
        return resolved
    }

    /// The cluster the pronoun at `index` refers to, by the rule above, or nil.
    private func antecedent(
        of index: Int, gender: PersonGender, sentence: Int, known: ArraySlice<PersonReference>,
        genders: [Int: PersonGender]
    ) -> Int? {
        let sentences = text.sentences
        let current = sentences[sentence].tokens.lowerBound
        let previous = sentence > 0 ? sentences[sentence - 1].tokens.lowerBound : current
        var inCurrent: [PersonReference] = []
        var inPrevious: [PersonReference] = []
        for reference in known.reversed() {
            guard reference.tokens.lowerBound >= previous else { break }
            guard reference.tokens.upperBound <= index else { continue }
            if let known = genders[reference.cluster], known != gender { continue }
            if reference.tokens.lowerBound >= current {
                inCurrent.append(reference)
            } else {
                inPrevious.append(reference)
            }
        }
        // `No offer has come, he said.`: the words before the comma are what he said, and the names in
        // them are not who says it.
        let reporting = closesReportedWords(index, sentenceEnd: sentences[sentence].tokens.upperBound)
        if reporting { inCurrent.removeAll() }
        let currentClusters = Set(inCurrent.map(\.cluster))
        if !currentClusters.isEmpty {
            guard currentClusters.count == 1, let nearest = inCurrent.first, !hasBlocker(in: current..<index)
            else { return nil }
            return nearest.cluster
        }
        guard sentence > 0, !hasBlocker(in: previous..<index) else { return nil }
        let previousClusters = Set(inPrevious.map(\.cluster))
        if previousClusters.count == 1 { return inPrevious.first?.cluster }
        guard previousClusters.count > 1, Self.subjects.contains(words[index].lowercased()),
            reporting || opensSentence(index, from: current), let subject = inPrevious.last,
            subject.tokens.lowerBound - previous < 4, !isCoordinated(subject.tokens)
        else { return nil }
        return subject.cluster
    }

    /// A cheap test that rules out most words before the pronoun lookup: 2 to 7 letters, starting with
    /// `h` or `s`.
    private static func mayBePronoun(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 2, utf8.count <= 7, let first = utf8.first else { return false }
        let lower = first | 0x20
        return lower == UInt8(ascii: "h") || lower == UInt8(ascii: "s")
    }

    /// Whether any token in `range` is a lowercase role noun outside every name and its roles: a
    /// person the article does not name (`a spokesman`).
    private func hasBlocker(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard index < covered.count, !covered[index], let first = words[index].utf8.first,
                first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z")
            else { return false }
            return PersonTitles.isRoleNoun(words[index])
        }
    }

    /// The gender each person cluster's names show: an unambiguous given name (the first word of a
    /// multi-word name, or the second after a leading family name: `Xi Jinping`), an honorific or
    /// gendered title right before a name (`Mrs.`, `King`), or a gendered role (`spokeswoman`).
    /// Conflicting evidence leaves the gender unknown.
    func genders(of clusters: [EntityCluster], names: [PersonReference]) -> [Int: PersonGender] {
        var evidence: [Int: Set<PersonGender>] = [:]
        for name in names where !name.tokens.isEmpty && name.tokens.upperBound <= words.count {
            var found: PersonGender?
            let first = name.tokens.lowerBound
            if first > 0 { found = GenderCues.gender(ofTitle: words[first - 1]) }
            if found == nil, name.tokens.count >= 2 {
                var given = words[first]
                if GivenNames.leadingSurnames.contains(given), name.tokens.count <= 3 { given = words[first + 1] }
                found = GenderCues.gender(ofGivenName: given)
            }
            if let found { evidence[name.cluster, default: []].insert(found) }
        }
        for cluster in clusters where cluster.type == .person {
            for role in cluster.roles {
                if let found = GenderCues.gender(ofRole: role) { evidence[cluster.id, default: []].insert(found) }
            }
        }
        var genders: [Int: PersonGender] = [:]
        for (cluster, found) in evidence where found.count == 1 { genders[cluster] = found.first }
        return genders
    }

    /// Whether the pronoun at `index` is the first word of the sentence starting at `start`, after
    /// at most an opening mark.
    private func opensSentence(_ index: Int, from start: Int) -> Bool {
        (start..<index).allSatisfy { text.tokens[$0].kind == .openQuote }
    }

    /// Whether the pronoun at `index` is the subject of a reporting clause closing the words it reports:
    /// a comma right before it, a reporting verb right after, and at most three more tokens before the
    /// sentence ends at `sentenceEnd` (`…, he said.`, `…, she told reporters on Monday.`) — not a clause
    /// of its own (`When Baker arrived, he praised the staff.`).
    private func closesReportedWords(_ index: Int, sentenceEnd: Int) -> Bool {
        guard index > 0, index + 1 < words.count, words[index - 1] == ",", sentenceEnd - (index + 2) <= 3 else {
            return false
        }
        return ReportingVerbs.isCue(words[index + 1].lowercased())
    }

    /// Whether the name at `tokens` is joined to another by `and`, `or` or `&` (`Baker and Green`).
    private func isCoordinated(_ tokens: Range<Int>) -> Bool {
        let after = tokens.upperBound
        guard after < words.count else { return false }
        return words[after] == "and" || words[after] == "or" || words[after] == "&"
    }

    /// For each token, whether it lies between quotation marks (a paragraph break closes an open mark).
    private func quotedTokens(count: Int) -> [Bool] {
        var quoted = [Bool](repeating: false, count: count)
        var open = false
        for index in 0..<count {
            let token = text.tokens[index]
            if token.gap == .paragraph { open = false }
            switch token.kind {
            case .openQuote:
                open = true
                quoted[index] = true
            case .closeQuote:
                quoted[index] = open
                open = false
            default:
                quoted[index] = open
            }
        }
        return quoted
    }

    /// For each token, the index of its sentence.
    private func sentenceIndices(count: Int) -> [Int?] {
        var result = [Int?](repeating: nil, count: count)
        for (sentence, range) in text.sentences.enumerated() {
            for index in range.tokens where index < count { result[index] = sentence }
        }
        return result
    }
}
