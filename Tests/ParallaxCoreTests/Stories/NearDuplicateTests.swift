import Foundation
import Testing

@testable import ParallaxCore

@Suite("MinHash near-duplicates and boilerplate pages")
struct NearDuplicateTests {
    static let body = StreamFixtures.millFire1.text + " " + StreamFixtures.millFire2.text

    @Test("identical texts have Jaccard 1; unrelated texts almost 0; an empty text has no shingles")
    func signatures() {
        let a = MinHashSignature(text: Self.body)
        #expect(a.jaccard(MinHashSignature(text: Self.body)) == 1)
        #expect(a.jaccard(MinHashSignature(text: StreamFixtures.budgetVote.text)) < 0.1)
        let empty = MinHashSignature(text: "")
        #expect(empty.shingleCount == 0)
        #expect(a.jaccard(empty) == 0)
    }

    @Test("a copy with a trimmed end is contained in the original")
    func trimmedCopy() {
        let words = Self.body.split(separator: " ")
        let trimmed = words.prefix(words.count * 4 / 5).joined(separator: " ")
        let original = MinHashSignature(text: Self.body)
        #expect(MinHashSignature(text: trimmed).containment(original) >= 0.8)
    }

    @Test("the index finds the earliest original of a copy and of a copy of a copy, and nothing for new text")
    func index() {
        var index = NearDuplicateIndex()
        #expect(index.add(article: "a", signature: MinHashSignature(text: Self.body)) == nil)
        #expect(index.add(article: "b", signature: MinHashSignature(text: StreamFixtures.budgetVote.text)) == nil)
        #expect(index.add(article: "c", signature: MinHashSignature(text: Self.body.uppercased())) == "a")
        #expect(index.add(article: "d", signature: MinHashSignature(text: Self.body + " Updated at noon.")) == "a")
        #expect(index.count == 4)
    }

    @Test("a saved index (buckets rebuilt from the signatures) finds what the live one finds")
    func savedIndex() throws {
        var index = NearDuplicateIndex()
        _ = index.add(article: "a", signature: MinHashSignature(text: Self.body))
        _ = index.add(article: "b", signature: MinHashSignature(text: StreamFixtures.budgetVote.text))
        _ = index.add(article: "e", signature: MinHashSignature(text: ""))
        let restored = try JSONDecoder().decode(NearDuplicateIndex.self, from: try JSONEncoder().encode(index))
        let signature = MinHashSignature(text: Self.body + " Updated at noon.")
        #expect(restored.original(of: signature) == "a")
        #expect(restored.original(of: MinHashSignature(text: StreamFixtures.budgetVote.text)) == "b")
        #expect(restored.buckets == index.buckets)
        #expect(restored.count == index.count)
        let decodedSignature = try JSONDecoder().decode(MinHashSignature.self, from: try JSONEncoder().encode(signature))
        #expect(decodedSignature == signature)
    }

    @Test("the index keeps only the latest articles: a copy of a dropped one is new, of a kept one is found")
    func retention() {
        var index = NearDuplicateIndex()
        index.retention = 4
        let texts = (0..<8).map { "Report number \($0): the ferry \($0 * 7) left the harbour at dawn with \($0 + 3) crew on board." }
        for (number, text) in texts.enumerated() {
            #expect(index.add(article: "a\(number)", signature: MinHashSignature(text: text)) == nil)
        }
        #expect(index.count == 8)
        #expect(index.original(of: MinHashSignature(text: texts[0])) == nil)
        #expect(index.original(of: MinHashSignature(text: texts[7])) == "a7")
    }

    @Test("sign-in, pay-wall and notification pages are boilerplate; short news and long pages are not")
    func boilerplate() {
        let detector = BoilerplateDetector()
        #expect(detector.isBoilerplate(StreamFixtures.signIn.text))
        #expect(detector.isBoilerplate("Full story available to subscribers only. Please log in or subscribe to continue reading."))
        #expect(detector.isBoilerplate(""))
        #expect(!detector.isBoilerplate(StreamFixtures.warehouseFire2.text))
        #expect(!detector.isBoilerplate(String(repeating: "Please sign in to your account. ", count: 40)))
    }

    @Test("stable hashes do not depend on the process: FNV-1a then SplitMix64, a value computed independently")
    func stableHash() {
        #expect(StableHash.hash("mill") == 0x0a89_34dd_8a54_d71b)
        #expect(StableHash.hash("") == StableHash.mix(0xcbf2_9ce4_8422_2325))
        #expect(StableHash.hash("mill") == StableHash.hash("mill"))
        #expect(StableHash.hash("mill") != StableHash.hash("mall"))
    }
}
