/// One pass of the rule-based recognizer over an article.
///
/// It finds maximal runs of capitalized words, drops sentence-opening words that are not names,
/// splits titles and the names that modify them off each run (`Chinese` `President` `Xi Jinping`),
/// classifies what is left with the gazetteers, head words and person cues, and finally settles
/// short unknown names with evidence from the whole article (a speech verb after them, an age, or
/// the same word as part of a person's name elsewhere; an acronym takes the type of the name whose
/// initials it spells).
struct EntityScan {
    let text: TokenizedText
    let tokens: [Token]
    /// Each token's text.
    let words: [String]
    /// Whether each token opens a sentence, a quotation or a clause after a colon or dash.
    private var opensSentence: [Bool]
    /// Words seen starting with a lowercase letter somewhere in the article.
    private var lowercaseWords: Set<String> = []
    private var candidates: [NameCandidate] = []

    /// Name particles that join the parts of a person's name (`bin`, `von der`, `da`).
    private static let particles: Set<String> = Lexicon.exactSet(
        "de, da, di, del, della, dos, das, du, van, von, der, den, bin, ibn, bint, al, el, la, le, y, ter, zu, ben"
    )
    /// Generational suffixes that end a person's name (`Jr.`).
    private static let nameSuffixes: Set<String> = Lexicon.exactSet("Jr., Jr, Sr., Sr, II, III, IV")

    init(text: TokenizedText) {
        self.text = text
        let tokens = text.tokens
        self.tokens = tokens
        let words = tokens.indices.map { text.text(ofToken: $0) }
        self.words = words
        var opens = [Bool](repeating: false, count: tokens.count)
        for sentence in text.sentences where sentence.tokens.lowerBound < tokens.count {
            opens[sentence.tokens.lowerBound] = true
        }
        var lowercase = Set<String>()
        for index in tokens.indices {
            let token = tokens[index]
            if index == 0 || token.gap == .paragraph {
                opens[index] = true
            } else {
                let previous = tokens[index - 1].kind
                if previous == .terminal || previous == .openQuote || previous == .dash || words[index - 1] == ":" {
                    opens[index] = true
                } else if previous == .closeQuote, index >= 2, tokens[index - 2].kind == .terminal {
                    opens[index] = true
                }
            }
            if token.kind == .word, WordShape.isLowercaseInitial(words[index]) { lowercase.insert(words[index]) }
        }
        self.opensSentence = opens
        self.lowercaseWords = lowercase
    }

    /// Finds the mentions: in text order, not overlapping, `entity` nil.
    mutating func run() -> [EntityMention] {
        var index = 0
        let count = tokens.count
        while index < count {
            guard isNameWord(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, joins(end) {
                if isNameWord(end) {
                    end += 1
                    continue
                }
                let connector = connectorLength(at: end)
                guard connector > 0 else { break }
                end += connector
            }
            split(index..<end)
            index = end
        }
        settleUndecided()
        return candidates.compactMap { candidate in
            guard let type = candidate.type else { return nil }
            return EntityMention(
                span: text.span(ofTokens: candidate.tokens), text: text.text(ofTokens: candidate.tokens), type: type)
        }
    }

    // MARK: - Runs

    /// Whether token `index` can be part of a name: a capitalized word (not the pronoun `I`), or a
    /// listed alphanumeric name (`G20`).
    private func isNameWord(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        guard kind == .word || kind == .alphanumeric else { return false }
        let word = words[index]
        guard WordShape.isCapitalized(word), word != "I" else { return false }
        return kind == .word || Gazetteer.type(of: word) != nil
    }

    /// Whether token `index` continues the run that the previous token is in (same line or a
    /// wrapped line; `&` touches its neighbours in `AT&T`).
    private func joins(_ index: Int) -> Bool {
        switch tokens[index].gap {
        case .space, .newline: return true
        case .none: return words[index] == "&" || words[index - 1] == "&"
        case .paragraph: return false
        }
    }

    /// How many lowercase connector tokens at `index` join the name word before them to a name word
    /// after them (`Bank` `of` `England`, `Hall` `of the` `People`, `Ursula` `von der` `Leyen`); 0 if none.
    private func connectorLength(at index: Int) -> Int {
        let word = words[index]
        let previous = words[index - 1]
        var length: Int
        if word == "of" {
            guard Gazetteer.ofHeads.contains(previous) || PersonTitles.heads.contains(previous) else { return 0 }
            length = 1
            if index + 1 < tokens.count, words[index + 1] == "the" { length = 2 }
        } else if word == "&" {
            length = 1
        } else if Self.particles.contains(word) {
            length = 1
            if index + 1 < tokens.count, Self.particles.contains(words[index + 1]) { length = 2 }
        } else {
            return 0
        }
        let next = index + length
        for inner in (index + 1)..<min(next + 1, tokens.count) where !joins(inner) { return 0 }
        guard next < tokens.count, isNameWord(next) else { return 0 }
        return length
    }

    /// Whether token `index` is a connector word that may sit inside a run.
    private func isConnector(_ index: Int) -> Bool {
        let word = words[index]
        return word == "of" || word == "the" || word == "&" || Self.particles.contains(word)
    }

    // MARK: - Splitting a run

    /// Splits one run into titles and names and classifies the names.
    private mutating func split(_ run: Range<Int>) {
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

    // MARK: - Classifying a name

    /// Classifies the name `segment` of a run. `titled`: a title or role precedes it; `beforeTitle`:
    /// a title follows it, so it modifies that title (`Harvard` Professor, `Kremlin` aide).
    ///
    /// In order: a listed name; a location prefix (`Lake`); a head word (`University`, `River`); `&`
    /// (an organization); a listed name followed by a person's name or by more listed names, split
    /// (`Russian` `Vladimir Putin`, `Iraqi` `Kurds`); before a title, a person if it looks like one
    /// and an organization otherwise; after a title, or with the shape of a person's name, a person;
    /// otherwise, if short, undecided until the whole article has been read.
    private mutating func classify(_ segment: Range<Int>, titled: Bool, beforeTitle: Bool) {
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

    private mutating func append(_ tokens: Range<Int>, _ type: EntityType?) {
        guard !tokens.isEmpty else { return }
        candidates.append(NameCandidate(tokens: tokens, type: type))
    }

    // MARK: - Gazetteer access

    /// The gazetteer key of a run of tokens: their texts joined by single spaces.
    private func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return words[range.lowerBound] }
        return range.map { words[$0] }.joined(separator: " ")
    }

    /// The number of tokens of the longest listed name that starts at `index` and ends by `end`.
    private func longestListedName(from index: Int, to end: Int) -> Int {
        var length = min(Gazetteer.longestEntry, end - index)
        while length > 0 {
            if Gazetteer.type(of: key(index..<(index + length))) != nil { return length }
            length -= 1
        }
        return 0
    }

    /// Whether `range` splits into listed names with nothing left over (`Iraqi` `Kurds`).
    private func isListed(entirely range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let length = longestListedName(from: index, to: range.upperBound)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    // MARK: - Settling undecided names

    /// Decides the names that waited for evidence; the rest are dropped rather than guessed.
    private mutating func settleUndecided() {
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
