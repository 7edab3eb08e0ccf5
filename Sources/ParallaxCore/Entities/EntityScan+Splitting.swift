/// Splitting a run of capitalized words: dropping sentence-opening words that are not names, and
/// cutting titles (`Deputy Foreign Minister`, `Secretary of State`) from the names around them.
extension EntityScan {
    /// Splits one run into titles and names and classifies the names.
    mutating func split(_ run: Range<Int>) {
        var start = run.lowerBound
        let end = run.upperBound
        if words[start] == "The" || words[start] == "THE", longestListedName(from: start, to: end) < 2 {
            start += 1
        }
        while start < end, isNonNameOpener(start, runEnd: end) || isConnector(start) { start += 1 }
        guard start < end else { return }

        let last = words[end - 1]
        if end - start >= 2, let type = Gazetteer.headType(last), !isTitleComplement(start..<end),
            !(Gazetteer.surnameLikeHeads.contains(last) && GivenNames.all.contains(words[start]))
        {
            append(start..<end, Gazetteer.type(of: key(start..<end)) ?? type)
            return
        }

        var titled = isPrecededByRole(start)
        var complement = false
        var index = start
        while index < end {
            if isConnector(index) {
                if words[index] == "of" { complement = true }
                index += 1
                continue
            }
            let title = titleLength(at: index, to: end)
            if title > 0, index == start || startsTitle(index, to: end) {
                titled = true
                index += title
                continue
            }
            var next = index + 1
            while next < end, !startsTitle(next, to: end) { next += 1 }
            classify(index..<next, titled: titled && !complement, beforeTitle: next < end)
            complement = false
            index = next
        }
    }

    /// Whether the capitalized word at `index`, first of its run, is not a name: a function word, a
    /// month or weekday, or a sentence-opening common word (one the article also writes in lowercase,
    /// or a common subject noun, or an `-ing`/`-ly`/`-ed` form).
    private func isNonNameOpener(_ index: Int, runEnd: Int) -> Bool {
        let word = words[index]
        let lower = word.lowercased()
        if NonNameWords.isFunctionOrCalendar(lower) { return longestListedName(from: index, to: runEnd) < 2 }
        guard opensSentence[index] else { return false }
        if longestListedName(from: index, to: runEnd) > 0 || GivenNames.all.contains(word)
            || PersonTitles.heads.contains(word) || titleLength(at: index, to: runEnd) > 0
        {
            return false
        }
        if runEnd - index >= 2, Gazetteer.headType(words[runEnd - 1]) != nil { return false }
        if NonNameWords.sentenceNouns.contains(lower) || lowercaseWords.contains(lower) { return true }
        return lower.count > 4 && (lower.hasSuffix("ing") || lower.hasSuffix("ly") || lower.hasSuffix("ed"))
    }

    /// Whether the run's `of` follows a title head (`Professor of Government`, `President of Russia`):
    /// then what follows `of` completes the title rather than naming an institution.
    private func isTitleComplement(_ run: Range<Int>) -> Bool {
        for index in run where index > run.lowerBound && words[index] == "of" {
            return PersonTitles.heads.contains(words[index - 1])
        }
        return false
    }

    /// Whether a lowercase role noun stands right before `index` (`spokesman` Dmitry Peskov).
    private func isPrecededByRole(_ index: Int) -> Bool {
        guard index > 0, tokens[index].gap != .paragraph else { return false }
        return PersonTitles.roleNouns.contains(words[index - 1])
    }

    /// The length of the title starting at `index` (`Deputy Foreign Minister`, `Secretary of State`),
    /// or 0. A name listed in the gazetteer that is at least as long wins (`General Motors`).
    private func titleLength(at index: Int, to end: Int) -> Int {
        var cursor = index
        var afterHead = index
        while cursor < end, cursor - index < 5 {
            let word = words[cursor]
            if PersonTitles.heads.contains(word) {
                cursor += 1
                afterHead = cursor
            } else if PersonTitles.modifiers.contains(word) {
                cursor += 1
            } else {
                break
            }
        }
        guard afterHead > index else { return 0 }
        var length = afterHead - index
        if afterHead < end, words[afterHead] == "of" {
            var first = afterHead + 1
            if first < end, words[first] == "the" { first += 1 }
            var department = first
            while department < end, PersonTitles.modifiers.contains(words[department]) { department += 1 }
            if department > first { length = department - index }
        }
        return length > longestListedName(from: index, to: end) ? length : 0
    }

    /// Whether a title starts at `index` inside a run and is followed by a name (so `John Major` and
    /// `Martin Luther King Jr.` keep their last word).
    private func startsTitle(_ index: Int, to end: Int) -> Bool {
        let length = titleLength(at: index, to: end)
        guard length > 0 else { return false }
        let after = index + length
        return after < end && !Self.nameSuffixes.contains(words[after])
    }
}
