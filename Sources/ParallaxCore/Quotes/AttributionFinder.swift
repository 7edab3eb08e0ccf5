/// Finds who a quotation is attributed to: the cue (reporting verb) and the speaker phrase around a
/// quotation's marks, and the person a speaker pronoun refers to.
///
/// ## Topics
/// - `AttributionFinder+After.swift`: the attribution after the closing mark (`after(_:)`).
/// - `AttributionFinder+Before.swift`: the attribution before the opening mark (`before(_:partial:)`).
/// - `AttributionFinder+SpeakerPhrases.swift`: the speaker phrases a cue points at.
/// - This file: the token tables, pronoun antecedents and the small token tests the others share.
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
    /// The person cluster of each pronoun token that coreference resolved (`PronounResolver`).
    private let pronounCluster: [Int: Int]
    /// The person cluster of each role description coreference linked (`the Russian president`), by
    /// its tokens.
    private let describedCluster: [Range<Int>: Int]

    /// The most tokens an attribution window reaches back before an opening mark.
    static let window = 40

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
            // -1: the sentence's subject is no name (`He met Kim …`, `The president, next to Abe, …`).
            let subject = Self.mayBeSubject(range, in: text.sentences[sentence].tokens, words: words, quoted: quoted)
            subjects[sentence] = subject ? index : -1
        }
        var pronouns: [Int: Int] = [:]
        var descriptions: [Range<Int>: Int] = [:]
        for cluster in entities.clusters where cluster.type == .person {
            for mention in cluster.mentions where mention.kind != .name {
                let tokens = text.tokenRange(covering: mention.span)
                guard let first = tokens.first else { continue }
                if mention.kind == .pronoun { pronouns[first] = cluster.id } else { descriptions[tokens] = cluster.id }
            }
        }
        self.mentionRanges = ranges
        self.mentionAt = mentionAt
        self.quoted = quoted
        self.sentenceSubject = subjects
        self.pronounCluster = pronouns
        self.describedCluster = descriptions
    }

    /// The person cluster a speaker phrase of exactly these tokens describes, when coreference linked
    /// it as a role description (`The president said …` after `President Anton Korsakov`).
    func describedPerson(_ tokens: Range<Int>) -> Int? { describedCluster[tokens] }

    /// Whether a sentence's first PERSON name, the mention at tokens `name`, may be its subject. Not
    /// when the sentence's words outside quotation marks open with a personal pronoun (`He has said he
    /// would meet Kim …`: the pronoun is the subject), nor when they open with a noun phrase followed by
    /// an aside set off by commas that holds the name (`The president, sitting next to Prime Minister
    /// Abe, said …`): the aside starts with a lowercase word and closes with a comma right after the
    /// name. A name right after the comma, titles aside, opens a clause or names the noun phrase (`The
    /// next day, President Trump said`, `The president, Donald Trump, said`).
    static func mayBeSubject(_ name: Range<Int>, in sentence: Range<Int>, words: [String], quoted: [Bool]) -> Bool {
        guard let opening = sentence.first(where: { !quoted[$0] }), opening < name.lowerBound else { return true }
        let word = words[opening].lowercased()
        if ReportingVerbs.pronouns.contains(word), word != "it" { return false }
        guard ["the", "a", "an"].contains(word),
            let comma = (opening..<name.lowerBound).first(where: { words[$0] == "," && !quoted[$0] }),
            (comma + 1..<name.lowerBound).contains(where: { WordShape.isLowercaseInitial(words[$0]) }),
            name.upperBound < sentence.upperBound, words[name.upperBound] == ","
        else { return true }
        return false
    }

    // MARK: - Pronouns

    /// The cluster the speaker pronoun at token `pronoun` refers to, where `anchor` is the earliest
    /// token of the attribution (the opening mark of a quotation, the subject of an indirect one). A
    /// pronoun opening the attribution takes the cluster coreference gave it, when it gave one: that
    /// weighs role descriptions (`The president hinted … while hosting Abe. He denied …` is the
    /// president's) and gender. A pronoun after the reported words (`…, he said`) does not —
    /// coreference would look at the names inside them — nor one coreference left alone: those take
    /// `antecedent(before:)` of the earlier of the two.
    func antecedent(ofPronoun pronoun: Int, anchor: Int) -> Int? {
        if pronoun <= anchor, let cluster = pronounCluster[pronoun] { return cluster }
        return antecedent(before: min(anchor, pronoun))
    }

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

    /// Whether token `index` is a quotation mark.
    func isMark(_ index: Int) -> Bool {
        tokens[index].kind == .openQuote || tokens[index].kind == .closeQuote
    }

    /// Whether the mark at `index` is a possessive apostrophe: a closing single mark touching a word
    /// that ends in `s` (`Sanders'`), or a single mark touching both the word before it and an `s`
    /// after it (`U.K.'s`, where the period keeps the tokenizer from reading one word).
    func isApostrophe(_ index: Int) -> Bool {
        guard index > 0, isMark(index), tokens[index].gap == .none, words[index] == "'" || words[index] == "\u{2019}"
        else { return false }
        if index + 1 < tokens.count, tokens[index + 1].gap == .none, words[index + 1] == "s" { return true }
        return tokens[index].kind == .closeQuote && words[index - 1].hasSuffix("s")
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
