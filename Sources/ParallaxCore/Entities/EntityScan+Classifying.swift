/// Classifying one name of a run with the gazetteers, head words and the shape of a person's name,
/// or leaving it undecided until the whole article has been read.
extension EntityScan {
    /// Classifies the name `segment` of a run. `titled`: a title or role precedes it; `beforeTitle`:
    /// a title follows it, so it modifies that title (`Harvard` Professor, `Kremlin` aide).
    ///
    /// In order: a listed name; a location prefix (`Lake`); a head word (`University`, `River`); `&`
    /// (an organization); a listed name followed by a person's name or by more listed names, split
    /// (`Russian` `Vladimir Putin`, `Iraqi` `Kurds`); before a title, a person if it looks like one
    /// and an organization otherwise; after a title, or with the shape of a person's name, a person;
    /// otherwise, if short, undecided until the whole article has been read.
    mutating func classify(_ segment: Range<Int>, titled: Bool, beforeTitle: Bool) {
        let first = words[segment.lowerBound]
        let last = words[segment.upperBound - 1]
        if let type = Gazetteer.type(of: key(segment)) {
            append(segment, type)
            return
        }
        if segment.count >= 2, let type = Gazetteer.prefixType(first) {
            append(segment, type)
            return
        }
        let head = headWord(of: segment)
        if segment.count >= 2 || head != last, let type = Gazetteer.headType(head),
            !(Gazetteer.surnameLikeHeads.contains(head) && GivenNames.all.contains(first))
        {
            append(segment, type)
            return
        }
        if segment.contains(where: { words[$0] == "&" }) {
            append(segment, .organization)
            return
        }
        let listed = longestListedName(from: segment.lowerBound, to: segment.upperBound)
        if listed > 0, listed < segment.count,
            GivenNames.all.contains(words[segment.lowerBound + listed])
                || isListed(entirely: (segment.lowerBound + listed)..<segment.upperBound)
        {
            let prefix = segment.lowerBound..<(segment.lowerBound + listed)
            append(prefix, Gazetteer.type(of: key(prefix)) ?? .miscellaneous)
            classify((segment.lowerBound + listed)..<segment.upperBound, titled: titled, beforeTitle: beforeTitle)
            return
        }
        if beforeTitle {
            append(segment, looksLikePerson(segment) ? .person : .organization)
            return
        }
        if titled || looksLikePerson(segment) {
            append(segment, .person)
            return
        }
        if segment.count <= 3 { append(segment, nil) }
    }

    /// Whether the name has the shape of a person's name: a given name first, an initial, a name
    /// particle or `al-` prefix, a leading East Asian family name, or a family-name ending.
    private func looksLikePerson(_ segment: Range<Int>) -> Bool {
        guard segment.count >= 2 else { return false }
        let first = words[segment.lowerBound]
        let last = words[segment.upperBound - 1]
        if GivenNames.all.contains(first) { return true }
        if segment.count <= 3, GivenNames.leadingSurnames.contains(first) { return true }
        if GivenNames.hasSurnameEnding(last) { return true }
        for index in segment {
            let word = words[index]
            if WordShape.isInitial(word) || Self.particles.contains(word) { return true }
            if WordShape.isLowercaseInitial(word) { return true }  // al-Assad, bin-Salman
        }
        return false
    }

    /// The word that decides a name's type: the one before `of` (`Bank` of England), else the last.
    private func headWord(of segment: Range<Int>) -> String {
        for index in segment where index > segment.lowerBound && words[index] == "of" { return words[index - 1] }
        return words[segment.upperBound - 1]
    }

    /// Records the name at `tokens` with its type (nil: undecided until `settleUndecided`).
    mutating func append(_ tokens: Range<Int>, _ type: EntityType?) {
        guard !tokens.isEmpty else { return }
        candidates.append(NameCandidate(tokens: tokens, type: type))
    }
}
