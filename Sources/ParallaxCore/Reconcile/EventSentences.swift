import Foundation

/// Every sentence of a story's articles with its tf-idf vector, and for each sentence and other article
/// the two best cosines there: the table `EventPairFeatures` reads.
struct EventSentences: Sendable {
    /// The sentences, article by article, in text order.
    var sentences: [EventSentence]
    /// Inverse document frequency of each stem id over the story's sentences.
    var rarity: [Double] = []
    /// Index of each article's first sentence in `sentences`.
    private var firstOf: [Int] = []
    /// Cosine of two sentences' vectors, keyed by the larger index times the count plus the smaller;
    /// pairs from one article, and pairs sharing no word, are left out (cosine 0).
    private var cosines: [Int: Double] = [:]
    /// (sentence, article) → the best and second-best cosine of the sentence with that article's sentences.
    private var best: [[Int: (Double, Double)]] = []

    /// Prepares the sentences of `articles`.
    init(_ articles: [AnalyzedArticle]) {
        var sentences: [EventSentence] = []
        for (article, analyzed) in articles.enumerated() {
            firstOf.append(sentences.count)
            let texts = analyzed.texts(of: analyzed.sentences)
            for (index, text) in texts.enumerated() {
                sentences.append(EventSentence(article: article, index: index, of: analyzed, text: text))
            }
        }
        var ids: [String: Int] = [:]
        var frequency: [Int] = []
        for index in sentences.indices {
            var words: [Int] = []
            // Sorted, so that ids and sums come out the same in every run (dictionary order varies).
            for stem in sentences[index].stems.keys.sorted() {
                let id = ids[stem] ?? frequency.count
                if id == frequency.count {
                    ids[stem] = id
                    frequency.append(0)
                }
                frequency[id] += 1
                words.append(id)
            }
            sentences[index].words = words.sorted()
            sentences[index].capitalWords = sentences[index].capitals.compactMap { ids[$0] }.sorted()
        }
        var stemOf = [String](repeating: "", count: frequency.count)
        for (stem, id) in ids { stemOf[id] = stem }
        let total = Double(sentences.count)
        rarity = frequency.map { log((total + 1) / (Double($0) + 0.5)) }
        var postings: [[Int]] = Array(repeating: [], count: frequency.count)
        for index in sentences.indices {
            var vector: [Int: Double] = [:]
            var squares = 0.0
            for id in sentences[index].words {
                let weight = (1 + log(Double(sentences[index].stems[stemOf[id]] ?? 1))) * rarity[id]
                vector[id] = weight
                squares += weight * weight
                postings[id].append(index)
            }
            let norm = squares.squareRoot()
            if norm > 0 { vector = vector.mapValues { $0 / norm } }
            sentences[index].vector = vector
        }
        self.sentences = sentences
        best = Array(repeating: [:], count: sentences.count)
        // Cosines through the postings: only pairs that share a word are visited.
        let count = sentences.count
        for (id, list) in postings.enumerated() {
            for x in list.indices {
                for y in list.indices where y > x && sentences[list[y]].article != sentences[list[x]].article {
                    let (i, j) = (list[x], list[y])
                    cosines[j * count + i, default: 0] += (sentences[i].vector[id] ?? 0) * (sentences[j].vector[id] ?? 0)
                }
            }
        }
        for (key, cosine) in cosines {
            let (j, i) = key.quotientAndRemainder(dividingBy: count)
            note(cosine, of: i, in: sentences[j].article)
            note(cosine, of: j, in: sentences[i].article)
        }
    }

    private mutating func note(_ cosine: Double, of sentence: Int, in article: Int) {
        let (first, second) = best[sentence][article] ?? (0, 0)
        if cosine > first {
            best[sentence][article] = (cosine, first)
        } else if cosine > second {
            best[sentence][article] = (first, cosine)
        }
    }

    /// The index in `sentences` of sentence `sentence` of article `article`, when there is one.
    func index(article: Int, sentence: Int) -> Int? {
        guard firstOf.indices.contains(article) else { return nil }
        let index = firstOf[article] + sentence
        guard sentences.indices.contains(index), sentences[index].article == article else { return nil }
        return index
    }

    /// The pairs of sentences from different articles that share a word, smaller index first.
    var sharingPairs: [(Int, Int)] {
        let count = sentences.count
        return cosines.keys.sorted().map { key in
            let (j, i) = key.quotientAndRemainder(dividingBy: count)
            return (i, j)
        }
    }

    /// The cosine of sentences `i` and `j` (0 within one article or without a shared word).
    func cosine(_ i: Int, _ j: Int) -> Double {
        cosines[max(i, j) * sentences.count + min(i, j)] ?? 0
    }

    /// The best and second-best cosine of sentence `i` with the sentences of `article`.
    func best(of i: Int, in article: Int) -> (first: Double, second: Double) {
        let pair = best[i][article] ?? (0, 0)
        return (pair.0, pair.1)
    }

    /// How many ids two ascending id lists share, and the sum of their rarity.
    func shared(_ a: [Int], _ b: [Int]) -> (count: Int, rarity: Double) {
        var x = 0
        var y = 0
        var count = 0
        var sum = 0.0
        while x < a.count && y < b.count {
            if a[x] == b[y] {
                count += 1
                sum += rarity[a[x]]
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return (count, sum)
    }
}
