/// One sentence of a story's article, prepared for event alignment: its content words weighed by how
/// rare they are in the story, its capitalized words and figures, where it stands in its article, and
/// the statements read from it.
struct EventSentence: Sendable {
    /// Index of the article in the story.
    var article: Int
    /// Index of the sentence in its article.
    var index: Int
    /// How many sentences the article has.
    var count: Int
    /// The sentence's characters.
    var span: TextSpan
    /// Content-word stems with their counts.
    var stems: [String: Int]
    /// Stems of the words written with a capital.
    var capitals: Set<String>
    /// Digit runs ("2018", "449,000").
    var numbers: Set<String>
    /// Statements of the sentence, reporting verbs left out.
    var statements: [Statement]
    /// The story-wide ids of the stems, ascending (set by `EventSentences`).
    var words: [Int] = []
    /// The ids of the capitalized stems, ascending (set by `EventSentences`).
    var capitalWords: [Int] = []
    /// Stem id → tf-idf weight, unit length (set by `EventSentences`).
    var vector: [Int: Double] = [:]

    /// Reads sentence `index` of `article`.
    init(article: Int, index: Int, of analyzed: AnalyzedArticle, text: String) {
        self.article = article
        self.index = index
        self.count = analyzed.sentences.count
        self.span = analyzed.sentences[index]
        var stems: [String: Int] = [:]
        var capitals: Set<String> = []
        for (stem, word) in ContentWords.words(of: text) {
            stems[stem, default: 0] += 1
            if word.first?.isUppercase == true { capitals.insert(stem) }
        }
        self.stems = stems
        self.capitals = capitals
        var numbers: Set<String> = []
        var run = ""
        for character in text + " " {
            if character.isASCII && character.isNumber {
                run.append(character)
            } else if (character == "," || character == ".") && !run.isEmpty {
                continue
            } else if !run.isEmpty {
                numbers.insert(run)
                run = ""
            }
        }
        self.numbers = numbers
        self.statements = analyzed.statements.filter { $0.sentence == index && $0.predicate.predicateClass != .say }
    }
}
