/// Groups quotes from different articles that render one statement, and judges them.
///
/// Two quotes are one statement when the learned quote-pair model (`FactPairModel.quotePairs`, over
/// `QuotePairFeatures`) finds them likely enough; without it, when their content words overlap (Dice ≥
/// `minimumSimilarity` on light stems, which tolerates translation variants, truncation and partial
/// quoting) and they share at least two content words — or, for quotes of one or two content words, all
/// of them. With the model, groups form likeliest pairs first; without it, a quote joins the group whose
/// best member it matches best. Same words from two different known speakers is a conflict only on strong
/// evidence (see `may(join:_:similarity:)`); identical normalized wording of the whole quotation agrees (a
/// sentence two outlets share of quotations they trimmed differently is compatible); other renderings are
/// compatible.
public struct QuoteAligner: Sendable {
    /// Minimum content-word overlap for two quotes to be one statement.
    public var minimumSimilarity = 0.35
    /// Minimum overlap for quotes of two different known speakers to be one statement (a conflict).
    public var conflictSimilarity = 0.6
    /// Content words each of those quotes must have.
    public var conflictWords = 3
    /// Minimum overlap when either quote is indirect speech (paraphrase varies more).
    public var indirectSimilarity = 0.45
    /// Stems the shorter of two quotes of one speaker needs for its containment in the longer one to
    /// count as their similarity (a trimmed quotation).
    public var containedWords = 3
    /// Share of the shorter quote's stems the longer must hold for containment to count.
    public var minimumContainment = 0.75

    /// One quote being grouped: its article, content stems and story actor.
    struct Item {
        var article: Int
        var quote: Quote
        var stems: Set<String>
        var actor: Int?
        /// The index of the quote's sentence in its article, when found.
        var sentence: Int?
        /// The quote's words, lowercased, apostrophes and hyphens kept inside words, every word counted
        /// (for verbatim runs shared by two quotes).
        var words: [Substring] = []
        /// The whole quotation a sentence of it was cut from (the quote's own text when it was not cut):
        /// two outlets agree on a quotation only when they quote all of it alike.
        var whole = ""
    }

    /// The words of a text in order: letters and digits, lowercased, with inner apostrophes (straight
    /// or curly, made straight) and hyphens kept ("there's", "pre-preliminary").
    static func words(of text: String) -> [Substring] {
        let lowered = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return lowered.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
            .map { $0.drop { $0 == "'" || $0 == "-" } }
            .filter { !$0.isEmpty }
    }

    /// The longest run of consecutive words two quotes share, in words: a trimmed quotation shares
    /// a long verbatim run with the fuller one, a paraphrase only scattered words.
    static func longestSharedRun(_ a: [Substring], _ b: [Substring]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        var best = 0
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                best = max(best, current[j])
            }
            swap(&previous, &current)
        }
        return best
    }

    /// The learned model of when two quotes are one statement; nil falls back to the thresholds above.
    public var pairModel: FactPairModel? = FactPairModel.quotePairs

    /// Creates an aligner.
    public init() {}

    /// The quotes of every article as items to align, article after article, each in text order.
    func items(_ articles: [AnalyzedArticle], actor: (Int, Int) -> Int?) -> [Item] {
        var items: [Item] = []
        for (index, analyzed) in articles.enumerated() {
            let quotes = Self.oneQuotePerStatement(analyzed.quotes.flatMap { pieces(of: $0, in: analyzed) })
            for whole in quotes {
                for quote in sentences(of: whole, in: analyzed) {
                    let stems = Set(ContentWords.stems(of: quote.text))
                    guard !stems.isEmpty else { continue }
                    items.append(
                        Item(
                            article: index, quote: quote, stems: stems, actor: quote.speaker?.entity.flatMap { actor(index, $0) },
                            sentence: analyzed.sentenceIndex(containing: TextSpan(start: quote.span.start, end: quote.span.start)),
                            words: Self.words(of: quote.text), whole: whole.text))
                }
            }
        }
        return items
    }

    /// One item per statement: of two overlapping quotes of one article (a partial quotation inside the
    /// indirect speech that carries it: that the talks were at "extremely high levels"), one is kept.
    /// The quoted words are kept when they say enough on their own (`nestedWords` content words or more):
    /// they are the speaker's, verbatim, while the clause around them is the reporter's and may run on
    /// past the speech; they keep the clause's speaker when they have none of their own, and the clause
    /// keeps only what it states before them, when that is more than `prefixWords` content words.
    /// Shorter quoted words give way to the clause. Text order is kept.
    static func oneQuotePerStatement(_ quotes: [Quote]) -> [Quote] {
        var quotes = quotes
        var dropped = Set<Int>()
        for i in quotes.indices {
            for j in quotes.indices where j != i && quotes[i].span.overlaps(quotes[j].span) {
                let (a, b) = (quotes[i], quotes[j])
                // i is the outer one: longer, or as long and earlier.
                guard a.span.length > b.span.length || (a.span.length == b.span.length && i < j) else { continue }
                let innerSaysEnough = b.kind != .indirect && ContentWords.stems(of: b.text).count >= nestedWords
                guard innerSaysEnough else {
                    dropped.insert(j)
                    continue
                }
                // The quoted words keep the speaker the clause around them names.
                if quotes[j].speaker == nil { quotes[j].speaker = a.speaker }
                // A clause that states more before the quoted words keeps that part as its own item
                // ("offered a raise of one euro and called the strike “a mistake”").
                if let before = prefix(of: a, before: b.span.start), ContentWords.stems(of: before.text).count > prefixWords {
                    quotes[i] = before
                } else {
                    dropped.insert(i)
                }
            }
        }
        return quotes.indices.filter { !dropped.contains($0) }.map { quotes[$0] }
    }

    /// The part of `quote` before scalar offset `end`, without the spaces, punctuation, opening
    /// quotation marks and function words ("in response to", "called it a") that lead into what follows;
    /// nil when nothing is left.
    static func prefix(of quote: Quote, before end: Int) -> Quote? {
        let count = end - quote.span.start
        guard count > 0, count <= quote.text.unicodeScalars.count else { return nil }
        var scalars = Array(quote.text.unicodeScalars.prefix(count))
        func trimLeadIn() {
            while let last = scalars.last, last.properties.isWhitespace || " ,;:\"'\u{201C}\u{2018}(".unicodeScalars.contains(last) {
                scalars.removeLast()
            }
        }
        /// Where the last word starts, when the text ends on a letter.
        func lastWordStart() -> Int? {
            let start = (scalars.lastIndex { !$0.properties.isAlphabetic } ?? -1) + 1
            return start < scalars.count ? start : nil
        }
        trimLeadIn()
        while let start = lastWordStart(), leadInWords.contains(String(String.UnicodeScalarView(scalars[start...])).lowercased()) {
            scalars.removeSubrange(start...)
            trimLeadIn()
        }
        guard !scalars.isEmpty else { return nil }
        var cut = quote
        cut.text = String(String.UnicodeScalarView(scalars))
        cut.span = TextSpan(start: quote.span.start, end: quote.span.start + scalars.count)
        cut.parts = nil
        return cut
    }

    /// Function words that only lead into the quoted words after them: trimmed off the end of a clause
    /// cut before them.
    static let leadInWords: Set<String> = [
        "a", "an", "the", "to", "in", "of", "on", "at", "by", "for", "with", "from", "as", "into", "about", "and", "or",
        "but", "that", "its", "their", "his", "her", "our", "my", "your",
    ]

    /// Content words quoted words nested in a longer quote need to stand for it: two ("looking
    /// forward", "terrible deal") are the speaker's own words, which an outlet quoting the speech directly
    /// carries verbatim. Chosen by leave-one-event-out cross-validation over the quote-pair model's five
    /// training stories (quote pair F1 0.596 with three, 0.627 with two, 0.588 with one).
    static let nestedWords = 2

    /// Content words the part of a clause before its quoted words needs to stay an item of its own: less
    /// is a fragment ("to take their relations to") that says nothing without them.
    static let prefixWords = 3

    /// Every pair of quotes from two of the articles, with its features: training examples for the
    /// quote-pair model; `alike` as for `align`.
    func pairExamples(
        _ articles: [AnalyzedArticle], actor: (Int, Int) -> Int?, actorName: (Int) -> String,
        alike: (Int, Int?, Int, Int?) -> Double
    ) -> [FactPairExample] {
        let nameWords = nameWordTable(articles, actor: actor, actorName: actorName)
        let all = items(articles, actor: actor)
        var examples: [FactPairExample] = []
        for i in all.indices {
            for j in all.indices where j > i && all[j].article != all[i].article {
                let (a, b) = (all[i], all[j])
                let features = QuotePairFeatures.features(
                    a, b, sameSpeaker: sameSpeaker(a.actor, b.actor, nameWords: nameWords),
                    alike: alike(a.article, a.sentence, b.article, b.sentence))
                examples.append(
                    FactPairExample(
                        first: .init(article: a.article, span: a.quote.span, kind: .event),
                        second: .init(article: b.article, span: b.quote.span, kind: .event), features: features))
            }
        }
        return examples
    }

    /// The name words of every speaker, worked out once.
    func nameWordTable(_ articles: [AnalyzedArticle], actor: (Int, Int) -> Int?, actorName: (Int) -> String) -> (Int) -> Set<String> {
        var words: [Int: Set<String>] = [:]
        for (index, analyzed) in articles.enumerated() {
            for quote in analyzed.quotes {
                if let speaker = quote.speaker?.entity.flatMap({ actor(index, $0) }), words[speaker] == nil {
                    words[speaker] = Self.nameWords(of: actorName(speaker))
                }
            }
        }
        return { words[$0] ?? [] }
    }

    /// Quote groups; `alike(article, sentence, article, sentence)` is how likely two sentences report the
    /// same event (0 when unknown).
    func align(
        _ articles: [AnalyzedArticle], originals: [Int?], actor: (Int, Int) -> Int?, actorName: (Int) -> String,
        alike: (Int, Int?, Int, Int?) -> Double = { _, _, _, _ in 0 }
    ) -> [QuoteGroup] {
        let nameWords = nameWordTable(articles, actor: actor, actorName: actorName)
        let groups: [[Item]]
        if let pairModel {
            groups = modelGroups(items(articles, actor: actor), model: pairModel, nameWords: nameWords, alike: alike)
        } else {
            groups = thresholdGroups(items(articles, actor: actor), nameWords: nameWords)
        }
        let result = groups.map { group -> QuoteGroup in
            let independent = Set(group.map { originals[$0.article] ?? $0.article }).count
            let speakers = Set(group.compactMap(\.actor))
            let differentSpeakers = Self.conflicting(group, sameSpeaker: { sameSpeaker($0, $1, nameWords: nameWords) })
            let verdict: Verdict
            if independent < 2 {
                verdict = .singleSource
            } else if differentSpeakers {
                verdict = .conflict
            } else if Set(group.map { normalized($0.whole) }).count == 1 {
                verdict = .agree
            } else {
                verdict = .compatible
            }
            let variants = group.map { item -> QuoteVariant in
                let article = articles[item.article].article
                return QuoteVariant(
                    reference: SourceReference(article: article.id, source: article.source, text: item.quote.text, span: item.quote.span),
                    kind: item.quote.kind,
                    speaker: item.actor.map(actorName) ?? item.quote.speaker?.text)
            }
            let speaker = speakers.count == 1 ? speakers.first.map(actorName) : speakers.isEmpty ? Self.describedSpeaker(group) : nil
            return QuoteGroup(speaker: speaker, verdict: verdict, variants: variants)
        }
        return result.filter { $0.verdict != .singleSource } + result.filter { $0.verdict == .singleSource }
    }

    /// Groups by the hand-set thresholds: each quote, in text order, joins the group whose best member
    /// it matches best, when every member allows it (`may(join:_:similarity:sameSpeaker:)`).
    func thresholdGroups(_ items: [Item], nameWords: (Int) -> Set<String>) -> [[Item]] {
        var groups: [[Item]] = []
        for item in items {
            let index = item.article
            let stems = item.stems
            var best: (Int, Double)?
            for (g, group) in groups.enumerated() where !group.contains(where: { $0.article == index }) {
                let similarities = group.map { ContentWords.dice($0.stems, stems) }
                let sameSpeaker = group.map { self.sameSpeaker($0.actor, item.actor, nameWords: nameWords) }
                guard group.indices.allSatisfy({ may(join: group[$0], item, similarity: similarities[$0], sameSpeaker: sameSpeaker[$0]) })
                else { continue }
                let score = group.indices.filter { sharesEnough(group[$0].stems, stems) }
                    .map { sameSpeaker[$0] ? containment(group[$0].stems, stems, dice: similarities[$0]) : similarities[$0] }
                    .max() ?? 0
                if score >= minimumSimilarity, score > (best?.1 ?? 0) { best = (g, score) }
            }
            if let best { groups[best.0].append(item) } else { groups.append([item]) }
        }
        return groups
    }

    /// Groups by the learned pair model, best pairs first: the two quotes of different articles the model
    /// finds most likely one statement are joined first, and two groups merge when they share no article,
    /// every pair across them may join (`may(join:_:similarity:sameSpeaker:)`), and the pair joining them
    /// reaches the model's threshold. A quote so joins the rendering in each outlet that matches it best,
    /// not whichever came first in text order.
    func modelGroups(
        _ items: [Item], model: FactPairModel, nameWords: (Int) -> Set<String>, alike: (Int, Int?, Int, Int?) -> Double
    ) -> [[Item]] {
        var ranked: [(i: Int, j: Int, probability: Double)] = []
        for i in items.indices {
            for j in items.indices where j > i && items[j].article != items[i].article {
                let sameSpeaker = self.sameSpeaker(items[i].actor, items[j].actor, nameWords: nameWords)
                let probability = model.probability(
                    QuotePairFeatures.features(
                        items[i], items[j], sameSpeaker: sameSpeaker,
                        alike: alike(items[i].article, items[i].sentence, items[j].article, items[j].sentence)))
                if probability >= model.threshold { ranked.append((i, j, probability)) }
            }
        }
        ranked.sort { $0.probability != $1.probability ? $0.probability > $1.probability : ($0.i, $0.j) < ($1.i, $1.j) }
        let grouping = BestFirstGrouping(articles: items.map(\.article))
        return grouping.groups(ranked: ranked.map { ($0.i, $0.j) }) { a, b in
            a.allSatisfy { x in
                b.allSatisfy { y in
                    may(join: items[x], items[y], similarity: ContentWords.dice(items[x].stems, items[y].stems),
                        sameSpeaker: sameSpeaker(items[x].actor, items[y].actor, nameWords: nameWords))
                }
            }
        }.map { $0.map { items[$0] } }
    }

    /// Whether the group's words are attributed to different people on evidence strong enough to call a
    /// conflict: only speakers named in the quotation's own attribution count (a pronoun resolved from an
    /// earlier sentence, or a speaker carried from another quotation, is too often the wrong person),
    /// and when three or more such variants mostly name one person, the odd one out is taken for a
    /// misattribution rather than a second speaker.
    static func conflicting(_ group: [Item], sameSpeaker: (Int?, Int?) -> Bool) -> Bool {
        let named = group.compactMap { item -> Int? in
            guard let actor = item.actor, let text = item.quote.speaker?.text, isName(text) else { return nil }
            return actor
        }
        let known = Array(Set(named))
        let differ = known.indices.contains { i in known.indices.contains { j in j > i && !sameSpeaker(known[i], known[j]) } }
        guard differ else { return false }
        if named.count >= 3, let top = known.map({ actor in named.filter { sameSpeaker($0, actor) }.count }).max(), 2 * top > named.count {
            return false
        }
        return true
    }

    /// The speaker of a group none of whose speakers is a named actor, when its variants describe one
    /// ("the port authority", "Chinese state media"): the description they all give, pronouns aside.
    static func describedSpeaker(_ group: [Item]) -> String? {
        let described = group.compactMap(\.quote.speaker?.text).filter { !speakerPronouns.contains($0.lowercased()) }
        func key(_ text: String) -> String {
            let lower = text.lowercased()
            return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
        }
        guard let first = described.first, described.allSatisfy({ key($0) == key(first) }) else { return nil }
        return first
    }

    /// Pronouns (lowercase) that can fill a speaker slot: never a name or a description.
    static let speakerPronouns = ReportingVerbs.pronouns.union(["you", "who"])

    /// Whether a speaker mention is a name: capitalized and not a pronoun.
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        return !speakerPronouns.contains(text.lowercased())
    }

    /// Whether two quotes may be one statement at all. Known, different speakers join only on strong
    /// evidence that the same words are being attributed to two people: both in quotation marks, at least
    /// `conflictWords` content words each, and Dice ≥ `conflictSimilarity`; anything weaker (paraphrase,
    /// indirect speech, a short phrase two people can both say, such as "dear friends") stays apart
    /// rather than be reported as a conflict. Indirect speech needs Dice ≥ `indirectSimilarity`.
    /// `dice` is the two quotes' `ContentWords.dice` of their stems.
    func may(join a: Item, _ b: Item, similarity dice: Double, sameSpeaker: Bool) -> Bool {
        if a.actor != nil, b.actor != nil, !sameSpeaker {
            return a.quote.kind != .indirect && b.quote.kind != .indirect && a.stems.count >= conflictWords
                && b.stems.count >= conflictWords && dice >= conflictSimilarity
        }
        if a.quote.kind == .indirect || b.quote.kind == .indirect { return dice >= indirectSimilarity }
        return true
    }

    /// A quotation split by its cue or running over paragraphs (“…,” she said. “…”) as its pieces,
    /// each aligned on its own: outlets carry the sentences of one speech separately.
    func pieces(of quote: Quote, in analyzed: AnalyzedArticle) -> [Quote] {
        guard let parts = quote.parts, parts.count > 1 else { return [quote] }
        let texts = analyzed.texts(of: parts)
        return zip(parts, texts).map { part, text in
            var piece = quote
            piece.span = part
            piece.text = text
            piece.parts = nil
            return piece
        }
    }

    /// A direct quotation of several sentences as its sentences, each aligned on its own: outlets
    /// trim a speech to different sentences, and one sentence carried by two outlets is one statement
    /// however much else either quotes around it. Other quotations stay whole.
    func sentences(of quote: Quote, in analyzed: AnalyzedArticle) -> [Quote] {
        guard quote.kind == .direct else { return [quote] }
        let spans = analyzed.sentences.compactMap { sentence -> TextSpan? in
            let start = max(sentence.start, quote.span.start)
            let end = min(sentence.end, quote.span.end)
            return end > start ? TextSpan(start: start, end: end) : nil
        }
        guard spans.count > 1 else { return [quote] }
        return zip(spans, analyzed.texts(of: spans)).compactMap { span, text in
            guard text.contains(where: \.isLetter) else { return nil }
            var piece = quote
            piece.span = span
            piece.text = text
            return piece
        }
    }

    /// Title and role words, lowercased: not a name word two speakers can share.
    static let titleWords = Set(
        PersonTitles.heads.union(PersonTitles.modifiers).union(PersonTitles.roleNouns).union(PersonTitles.roleModifiers)
            .map { $0.lowercased() })

    /// Whether two speakers may be one person: the same actor, an unknown speaker, or two actors whose
    /// names share a word other than a title ("Trump" resolved to one Trump in one outlet and to another
    /// in the next, or "Comey" and "the Comey memos", is a resolution error far more often than the
    /// same words from two members of one family).
    /// `nameWords` gives an actor's name words (`nameWords(of:)`).
    func sameSpeaker(_ a: Int?, _ b: Int?, nameWords: (Int) -> Set<String>) -> Bool {
        guard let a, let b, a != b else { return true }
        return !nameWords(a).isDisjoint(with: nameWords(b))
    }

    /// The words of a name that can identify a person: lowercased, longer than two letters, no titles.
    static func nameWords(of name: String) -> Set<String> {
        Set(name.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count > 2 && !titleWords.contains($0) })
    }

    /// The similarity of two quotes of one speaker whose stems have Dice `dice`: the share of the shorter
    /// quote's stems the longer one holds when that reaches `minimumContainment` for quotes of at least
    /// `containedWords` stems (a trimmed quotation is contained in the fuller one); else their Dice.
    func containment(_ a: Set<String>, _ b: Set<String>, dice: Double) -> Double {
        let shorter = min(a.count, b.count)
        guard shorter >= containedWords else { return dice }
        let contained = Double(a.intersection(b).count) / Double(shorter)
        return contained >= minimumContainment ? contained : dice
    }

    /// Whether two quotes share enough words to be one statement: two stems, or all of a short quote's.
    func sharesEnough(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 2 || (shared >= 1 && a == b)
    }

    /// Lowercased letters and digits, single-spaced.
    func normalized(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
