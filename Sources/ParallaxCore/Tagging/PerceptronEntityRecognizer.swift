/// Named-entity recognition with the statistical taggers: POS tags, then BILOU entity tags, then
/// CoNLL types mapped to Parallax's.
///
/// PER → PERSON, ORG → ORG, LOC → GPE when the gazetteer lists the name as a country, city or state
/// (else LOC), MISC → NORP when the gazetteer lists it as a nationality, religious or political group
/// (else MISC).
public struct PerceptronEntityRecognizer: EntityRecognizer {
    /// The POS model whose tags feed the entity features.
    public let partsOfSpeech: PerceptronTagger
    /// The entity model.
    public let entities: PerceptronTagger

    /// A recognizer from two loaded models.
    public init(partsOfSpeech: PerceptronTagger, entities: PerceptronTagger) {
        self.partsOfSpeech = partsOfSpeech
        self.entities = entities
    }

    /// A recognizer with the models bundled in the package.
    public init() throws(TaggerModelError) {
        self.init(partsOfSpeech: try BundledTaggers.model(.partOfSpeech), entities: try BundledTaggers.model(.namedEntities))
    }

    /// The mentions in `text`, in order, not overlapping, with `entity` left nil.
    public func mentions(in text: TokenizedText) -> [EntityMention] { tagged(text).mentions }

    /// The mentions in `text` and the POS tags computed as their features, one per token.
    public func tagged(_ text: TokenizedText) -> (mentions: [EntityMention], partsOfSpeech: [String]?) {
        guard !text.tokens.isEmpty else { return ([], []) }
        let input = TaggerInput(text)
        let hashes = TokenHashes(input)
        let posTags = partsOfSpeech.tag(input, partsOfSpeech: nil, hashes: hashes)
        let tags = entities.tag(input, partsOfSpeech: posTags, hashes: hashes)
        let posNames = partsOfSpeech.tagSet.names
        var mentions: [EntityMention] = []
        var organizations = Set<String>()
        for sentence in input.sentences {
            let labels = sentence.map { entities.tagSet.names[Int(tags[$0])] }
            for chunk in ChunkExtractor.chunks(labels) {
                var range = (sentence.lowerBound + chunk.start)..<(sentence.lowerBound + chunk.end)
                range = Self.withoutLowercaseEdges(range, in: text)
                if chunk.type == "PER" { range = Self.withoutTitles(range, in: text) }
                let mentionText = text.text(ofTokens: range)
                var type = Self.parallaxType(chunk.type, key: range.map(text.text(ofToken:)).joined(separator: " "))
                if range.lowerBound > sentence.lowerBound {
                    let before = text.text(ofToken: range.lowerBound - 1)
                    if type == .person, Self.isModelNumber(before) {
                        type = .miscellaneous
                    } else if OrganizationKinds.nouns.contains(before),
                        type == .organization || (type == .person && !GivenNames.all.contains(text.text(ofToken: range.lowerBound)))
                    {
                        type = .organization
                        organizations.insert(mentionText)
                    }
                }
                mentions.append(EntityMention(span: text.span(ofTokens: range), text: mentionText, type: type))
            }
        }
        // A name an organization noun introduced ("broadcaster Kan") is that organization wherever the
        // article repeats it ("Kan said").
        for index in mentions.indices where mentions[index].type == .person && organizations.contains(mentions[index].text) {
            mentions[index].type = .organization
        }
        return (mentions, posTags.map { posNames[Int($0)] })
    }

    /// Whether a token is a model number that names the product after it ("787 Dreamliner", "737 Max"):
    /// two or more digits that are not a year. A person's name does not follow a bare number.
    static func isModelNumber(_ token: String) -> Bool {
        let digits = token.utf8
        guard digits.count >= 2, digits.count <= 5, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        guard let value = Int(token) else { return false }
        return digits.count != 4 || !(1800...2100).contains(value)
    }

    /// A name without lowercase words at its edges (`West as decadent and` → `West`): names may hold
    /// `of` or `and` inside, but do not start or end with a lowercase word.
    static func withoutLowercaseEdges(_ range: Range<Int>, in text: TokenizedText) -> Range<Int> {
        func isLowercase(_ index: Int) -> Bool { WordShape.isLowercaseInitial(text.text(ofToken: index)) }
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper - lower > 1, isLowercase(upper - 1) { upper -= 1 }
        while upper - lower > 1, isLowercase(lower) { lower += 1 }
        return lower..<upper
    }

    /// A person name without leading or trailing titles and role words (`Mayor Ilona Farkas` →
    /// `Ilona Farkas`): Parallax reads roles separately, and CoNLL's guidelines leave titles out too.
    static func withoutTitles(_ range: Range<Int>, in text: TokenizedText) -> Range<Int> {
        func isTitle(_ index: Int) -> Bool {
            let word = text.text(ofToken: index)
            return PersonTitles.isTitleWord(word) || PersonTitles.honorifics.contains(word) || PersonTitles.isRoleWord(word)
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper - lower > 1, isTitle(lower) { lower += 1 }
        while upper - lower > 1, isTitle(upper - 1) { upper -= 1 }
        return lower..<upper
    }

    /// Parallax's type for a CoNLL type and the name's tokens joined by single spaces.
    static func parallaxType(_ type: String, key: String) -> EntityType {
        switch type {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return Gazetteer.type(of: key) == .geopolitical ? .geopolitical : .location
        default: return Gazetteer.type(of: key) == .nationality ? .nationality : .miscellaneous
        }
    }
}
