/// Reads `Statement`s from an analyzed article: one per event word (verb or event noun) that has at
/// least one participant: a name, or a role description or pronoun the entity resolution linked to one.
///
/// Rules, per sentence:
/// - Predicates are the words `PredicateLexicon` knows; capitalized words inside a sentence (names,
///   months) and words inside an entity mention are not predicates.
/// - Subjects are the persons, organizations and places named between the previous predicate (or the
///   sentence start, or the comma that closes a fronted subordinate clause, or a relative pronoun
///   unless a name stands right before it) and the predicate, less those after a preposition
///   (`in Oslo` is a place, `on Tuesday` a time). An event noun takes only the names right before it
///   ("Canada and Norway held talks"), not across a preposition. A verb with no subject, joined to the
///   previous one by "and" or a comma, shares its subjects ("met and agreed"); so does a meeting or
///   agreement noun with no named party ("pledged after a meeting").
/// - Objects are those named after the predicate up to the next predicate or clause boundary.
/// - Passive ("was arrested by police") swaps them: the named before are acted on; "by" names the actor.
/// - `ModalityCues` reads negation, hedges, conditionals and future from the words around.
/// - Figures and times are those inside the clause; the place is a GPE or LOC after "in" or "at";
///   the source is the speaker of the quote or attribution the predicate sits in.
public struct StatementReader: Sendable {
    /// The event words.
    public var lexicon: PredicateLexicon
    /// Tokens the object window stops at.
    static let boundaries: Set<String> = [
        ";", ":", "that", "which", "who", "whom", "whose", "after", "before", "when", "while", "because", "but",
        "although", "though", "since", "as", "if", "unless", "where", "“", "”", "\"",
    ]
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "because", "although", "though", "since", "as", "if", "unless", "once",
    ]
    static let prepositions: Set<String> = [
        "in", "at", "on", "from", "to", "into", "near", "across", "inside", "outside", "over", "during", "of", "for",
        "about", "against", "between", "with", "by", "under", "within", "toward", "towards",
    ]
    /// Joint events whose noun, left without named parties, takes the clause's actors ("pledged after
    /// a meeting"); one side's acts ("apologized for a raid") do not.
    static let sharedEvents: Set<PredicateClass> = [.meet, .agree]
    static let relatives: Set<String> = ["who", "which", "that", "whom"]
    static let beForms: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"]
    static let participantTypes: Set<EntityType> = [.person, .organization, .geopolitical, .location]

    /// Creates a reader.
    public init(lexicon: PredicateLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The statements of an article, in text order: `text` is its tokenized text and `analyzed` the
    /// analysis so far (entities, clusters, quotes, quantities and times; statements not yet read).
    public func statements(in text: TokenizedText, analyzed: AnalyzedArticle) -> [Statement] {
        let count = text.tokens.count
        guard count > 0 else { return [] }
        let lower = Self.lowercasedWords(of: text)
        let mentions = Self.mentions(of: analyzed)
        var mentionAt = [Int?](repeating: nil, count: count)
        var mentionTokens: [Range<Int>] = []
        for (index, mention) in mentions.enumerated() {
            let range = text.tokenRange(covering: mention.span)
            mentionTokens.append(range)
            for token in range where token < count { mentionAt[token] = index }
        }
        var result: [Statement] = []
        for (sentenceIndex, sentence) in text.sentences.enumerated() {
            let tokens = sentence.tokens
            guard !tokens.isEmpty else { continue }
            let found = tokens.compactMap { index -> (Int, PredicateLexicon.Entry)? in
                // Event words are words: numbers, punctuation and names are never predicates.
                guard mentionAt[index] == nil, text.tokens[index].kind == .word else { return nil }
                if index != tokens.lowerBound, Self.startsUppercase(index, in: text) { return nil }
                let previous = index > tokens.lowerBound ? lower[index - 1] : nil
                let twoBack = index - 1 > tokens.lowerBound ? lower[index - 2] : nil
                guard let entry = lexicon.entry(for: lower[index], previous: previous, twoBack: twoBack) else { return nil }
                if !entry.isNoun, let previous, previous.hasSuffix("'s") || previous.hasSuffix("’s") { return nil }
                return (index, entry)
            }
            // A verb and its own event noun are one predicate ("imposed tariffs", "signed an agreement").
            var predicates: [(Int, PredicateLexicon.Entry)] = []
            for candidate in found {
                if candidate.1.isNoun, let last = predicates.last, !last.1.isNoun,
                    last.1.predicateClass == candidate.1.predicateClass, candidate.0 - last.0 <= 3
                {
                    continue
                }
                predicates.append(candidate)
            }
            var previousStatement: Statement?
            var previousEnd = tokens.lowerBound
            for (position, (index, entry)) in predicates.enumerated() {
                let nextPredicate = position + 1 < predicates.count ? predicates[position + 1].0 : tokens.upperBound
                // Subject window.
                var windowStart = previousEnd
                var sawSubordinator = false
                for token in windowStart..<index {
                    if Self.relatives.contains(lower[token]) {
                        // A relative clause's subject is its antecedent when that is a name ("Putin, who
                        // visited"), else nothing before the relative ("activists who were killed").
                        var back = token - 1
                        if back >= windowStart, lower[back] == "," { back -= 1 }
                        if back >= windowStart, let mention = mentionAt[back] {
                            windowStart = mentionTokens[mention].lowerBound
                        } else {
                            windowStart = token + 1
                        }
                        sawSubordinator = false
                        continue
                    }
                    if Self.subordinators.contains(lower[token]) { sawSubordinator = true }
                    if sawSubordinator, lower[token] == "," {
                        windowStart = token + 1
                        sawSubordinator = false
                    }
                }
                if entry.isNoun {
                    // A noun's actor stands right before it ("Canada and Norway held talks", "Trump's
                    // inauguration"): not across a preposition or clause break ("reopened after a strike").
                    for token in stride(from: index - 1, through: windowStart, by: -1)
                    where Self.prepositions.contains(lower[token]) || Self.subordinators.contains(lower[token])
                        || lower[token] == "," || lower[token] == ";"
                    {
                        if mentionAt[token] == nil {
                            windowStart = token + 1
                            break
                        }
                    }
                }
                var before = participants(
                    in: windowStart..<index, lower: lower, mentionAt: mentionAt, mentions: mentions, objectSide: false)
                // Object window.
                var objectEnd: Int = index + 1
                let objectLimit: Int = index + 15
                while objectEnd < nextPredicate, objectEnd < objectLimit, !Self.boundaries.contains(lower[objectEnd]) {
                    objectEnd += 1
                }
                let afterRange = (index + 1)..<max(index + 1, objectEnd)
                var after = participants(
                    in: afterRange, lower: lower, mentionAt: mentionAt, mentions: mentions, objectSide: true)
                let passive = !entry.isNoun && index > tokens.lowerBound && Self.beForms.contains(lower[index - 1])
                    && (lower[index].hasSuffix("ed") || lower[index].hasSuffix("en") || lower[index] != entry.lemma)
                var subjects = before.named
                var objects = after.named
                if passive {
                    let agent = agents(in: afterRange, lower: lower, mentionAt: mentionAt, mentions: mentions)
                    objects = subjects
                    subjects = agent
                }
                if subjects.isEmpty, !passive, let previousStatement, previousStatement.predicate.predicateClass != .say,
                    entry.isNoun && objects.isEmpty && Self.sharedEvents.contains(entry.predicateClass)
                        || Self.isCoordinated(index, from: windowStart, lower: lower)
                {
                    subjects = previousStatement.subjects
                }
                before.places.append(contentsOf: after.places)
                after.places = []
                let participantsFound = !(subjects.isEmpty && objects.isEmpty)
                let clauseStart = windowStart
                let clauseEnd = max(index + 1, objectEnd)
                previousEnd = index + 1
                guard participantsFound else { continue }
                let predicateSpan = text.span(ofTokens: index..<(index + 1))
                let covered: [Int] = (before.tokens + after.tokens).flatMap { token -> [Int] in
                    guard let mention = mentionAt[token] else { return [token] }
                    return [mentionTokens[mention].lowerBound, mentionTokens[mention].upperBound - 1]
                }
                let firstToken: Int = min(index, covered.min() ?? index)
                let lastToken: Int = max(index, covered.max() ?? index) + 1
                let clauseSpan = text.span(ofTokens: clauseStart..<clauseEnd)
                let statement = Statement(
                    sentence: sentenceIndex,
                    span: text.span(ofTokens: firstToken..<lastToken),
                    predicate: Predicate(
                        span: predicateSpan, text: text.text(ofToken: index), lemma: entry.lemma, predicateClass: entry.predicateClass),
                    subjects: subjects,
                    objects: objects.filter { !subjects.contains($0) },
                    quantities: analyzed.quantities.indices.filter { clauseSpan.contains(analyzed.quantities[$0].span) },
                    times: analyzed.times.indices.filter { clauseSpan.contains(analyzed.times[$0].span) },
                    place: before.places.first,
                    source: entry.predicateClass == PredicateClass.say ? nil : source(of: predicateSpan, in: analyzed),
                    modality: ModalityCues.modality(
                        before: lower[tokens.lowerBound..<index], predicate: lower[index], sentence: lower[tokens])
                )
                result.append(statement)
                previousStatement = statement
            }
        }
        return result
    }

    /// Each token's text in lowercase; ASCII tokens (nearly all of news text) are lowered byte by
    /// byte, without going through Unicode case mapping.
    static func lowercasedWords(of text: TokenizedText) -> [String] {
        let bytes = text.buffer.bytes
        return text.tokens.map { token in
            let range = token.range
            var ascii = true
            var hasUpper = false
            for index in range {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                    break
                }
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
            }
            guard ascii else { return text.buffer.text(bytes: range).lowercased() }
            guard hasUpper else { return String(decoding: bytes[range], as: UTF8.self) }
            return String(decoding: bytes[range].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// Whether token `index` starts with an uppercase letter (a name or a month inside a sentence).
    static func startsUppercase(_ index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard token.start < token.end else { return false }
        let first = text.buffer.bytes[Int(token.start)]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.text(ofToken: index).first?.isUppercase == true
    }

    /// Name mentions, with the resolved role descriptions and pronouns of the article's clusters
    /// ("the Chinese leader", "he") added as mentions of their entity, in text order.
    static func mentions(of analyzed: AnalyzedArticle) -> [EntityMention] {
        var all = analyzed.entities
        for cluster in analyzed.clusters {
            for mention in cluster.mentions where mention.kind != .name {
                all.append(EntityMention(span: mention.span, text: mention.text, type: cluster.type, entity: cluster.id))
            }
        }
        return all.sorted { $0.span < $1.span }
    }

    /// True when the predicate at `index` opens a verb phrase coordinated with the previous one:
    /// "and" (or a comma) right before it, or before one adverb ("and later agreed").
    static func isCoordinated(_ index: Int, from start: Int, lower: [String]) -> Bool {
        let joiners: Set<String> = ["and", ",", "then"]
        let adverbs: Set<String> = ["also", "later", "then", "quickly", "jointly", "together", "finally", "subsequently"]
        guard index - 1 >= start else { return false }
        if joiners.contains(lower[index - 1]) { return true }
        return index - 2 >= start && adverbs.contains(lower[index - 1]) && joiners.contains(lower[index - 2])
    }

    /// Named participants (cluster ids) and places in a token window, and the tokens they cover.
    private func participants(
        in range: Range<Int>, lower: [String], mentionAt: [Int?], mentions: [EntityMention], objectSide: Bool
    ) -> (named: [Int], places: [Int], tokens: [Int]) {
        // After the predicate these prepositions name its target or topic ("tariffs on Chile").
        let objectPrepositions: Set<String> = objectSide ? ["with", "between", "to", "on", "against", "over", "about"] : ["with", "between", "to"]
        var named: [Int] = []
        var places: [Int] = []
        var tokens: [Int] = []
        var seen = Set<Int>()
        for token in range {
            guard let index = mentionAt[token], !seen.contains(index) else { continue }
            seen.insert(index)
            let mention = mentions[index]
            guard Self.participantTypes.contains(mention.type), let cluster = mention.entity else { continue }
            var before = token > 0 ? lower[token - 1] : ""
            if before == "and" || before == "," {
                // A conjunct takes the preposition of the first ("from Canada and Norway").
                var back = token - 2
                while back >= range.lowerBound, mentionAt[back] != nil { back -= 1 }
                if back >= 0, back >= range.lowerBound - 1, Self.prepositions.contains(lower[back]) { before = lower[back] }
            }
            if Self.prepositions.contains(before), before != "from", before != "of" {
                if ["in", "at"].contains(before), mention.type == .geopolitical || mention.type == .location {
                    if !places.contains(cluster) { places.append(cluster) }
                    tokens.append(token)
                } else if objectPrepositions.contains(before), !named.contains(cluster) {
                    named.append(cluster)
                    tokens.append(token)
                }
                continue
            }
            if !named.contains(cluster) { named.append(cluster) }
            tokens.append(token)
        }
        return (named, places, tokens)
    }

    /// Cluster ids named after "by" in a window (the agents of a passive).
    private func agents(in range: Range<Int>, lower: [String], mentionAt: [Int?], mentions: [EntityMention]) -> [Int] {
        var result: [Int] = []
        var afterBy = false
        for token in range {
            if lower[token] == "by" { afterBy = true }
            guard afterBy, let index = mentionAt[token], let cluster = mentions[index].entity,
                Self.participantTypes.contains(mentions[index].type), !result.contains(cluster)
            else { continue }
            result.append(cluster)
        }
        return result
    }

    /// The speaker of the quote or attribution whose content holds `span`, if resolved.
    private func source(of span: TextSpan, in analyzed: AnalyzedArticle) -> Int? {
        analyzed.quotes.first { $0.span.contains(span) }?.speaker?.entity
    }
}
