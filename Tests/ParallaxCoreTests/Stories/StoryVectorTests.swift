import Testing

@testable import ParallaxCore

@Suite("Sparse story vectors")
struct StoryVectorTests {
    @Test("dot product, cosine and norm over ids in order")
    func cosine() {
        let a = StoryVector([1: 1, 3: 2, 7: 2])
        let b = StoryVector([3: 1, 7: 1, 9: 5])
        #expect(a.norm == 3)
        #expect(a.dot(b) == 4)
        #expect(abs(a.cosine(b) - 4 / (3 * 27.squareRoot())) < 1e-12)
        #expect(a.cosine(StoryVector()) == 0)
        #expect(a.normalized().norm == 1)
    }

    @Test("adding keeps the heaviest ids within the limit, ties by id")
    func addingKeepsHeaviest() {
        let sum = StoryVector([1: 1, 2: 3]).adding(StoryVector([2: 1, 4: 2, 5: 2]), keeping: 2)
        #expect(sum.ids == [2, 4])
        #expect(sum.weight(of: 2) == 4)
        #expect(sum.weight(of: 5) == 0)
        #expect(sum.top(1) == [2])
    }
}
