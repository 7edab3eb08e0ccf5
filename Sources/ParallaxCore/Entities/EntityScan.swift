/// One pass of the rule-based recognizer over an article.
///
/// It finds maximal runs of capitalized words, drops sentence-opening words that are not names,
/// splits titles and the names that modify them off each run (`Chinese` `President` `Xi Jinping`),
/// classifies what is left with the gazetteers, head words and person cues, and finally settles
/// short unknown names with evidence from the whole article (a speech verb after them, an age, or
/// the same word as part of a person's name elsewhere; an acronym takes the type of the name whose
/// initials it spells).
///
/// ## Topics
/// - This file: the scan's state, the runs of name words, and gazetteer lookups.
/// - `EntityScan+Splitting.swift`: non-name openers and titles cut from a run.
/// - `EntityScan+Classifying.swift`: the type of each name in a run.
/// - `EntityScan+Settling.swift`: the names decided with evidence from the whole article.
struct EntityScan {
    let text: TokenizedText
    let tokens: [Token]
    /// Each token's text.
    let words: [String]
    /// Whether each token opens a sentence, a quotation or a clause after a colon or dash.
    private(set) var opensSentence: [Bool]
    /// Words seen starting with a lowercase letter somewhere in the article.
    private(set) var lowercaseWords: Set<String> = []
    /// The names found so far, in text order; a nil type waits for `settleUndecided`.
    var candidates: [NameCandidate] = []

    /// Name particles that join the parts of a person's name (`bin`, `von der`, `da`).
    static let particles: Set<String> = Lexicon.exactSet(
        "de, da, di, del, della, dos, das, du, van, von, der, den, bin, ibn, bint, al, el, la, le, y, ter, zu, ben"
    )
    /// Generational suffixes that end a person's name (`Jr.`).
    static let nameSuffixes: Set<String> = Lexicon.exactSet("Jr., Jr, Sr., Sr, II, III, IV")

    /// Prepares a scan of `text`: its words, where sentences open, and the words it writes in lowercase.
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
    func isConnector(_ index: Int) -> Bool {
        let word = words[index]
        return word == "of" || word == "the" || word == "&" || Self.particles.contains(word)
    }

    // MARK: - Gazetteer access

    /// The gazetteer key of a run of tokens: their texts joined by single spaces.
    func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return words[range.lowerBound] }
        return range.map { words[$0] }.joined(separator: " ")
    }

    /// The number of tokens of the longest listed name that starts at `index` and ends by `end`.
    func longestListedName(from index: Int, to end: Int) -> Int {
        var length = min(Gazetteer.longestEntry, end - index)
        while length > 0 {
            if Gazetteer.type(of: key(index..<(index + length))) != nil { return length }
            length -= 1
        }
        return 0
    }

    /// Whether `range` splits into listed names with nothing left over (`Iraqi` `Kurds`).
    func isListed(entirely range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let length = longestListedName(from: index, to: range.upperBound)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

}
