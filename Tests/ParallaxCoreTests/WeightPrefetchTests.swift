import Testing

@testable import ParallaxCore

/// `WeightPrefetch` reads rows without changing what the decoders compute.
@Suite("Weight prefetch")
struct WeightPrefetchTests {
    @Test("touch reads the first and last weight of each listed row, and only those rows")
    func touchReadsRows() {
        // Three rows of four weights: row r holds r*10 + t.
        let weights: [Int16] = (0..<12).map { Int16($0 / 4 * 10 + $0 % 4) }
        let buckets: [UInt32] = [2, 0, 1]
        var sink: Float = 0
        weights.withUnsafeBufferPointer { table in
            buckets.withUnsafeBufferPointer { rows in
                guard let base = table.baseAddress else { return }
                WeightPrefetch.touch(base, buckets: rows, range: 0..<2, tagCount: 4, sink: &sink)
            }
        }
        // Rows 2 (20 + 23) and 0 (0 + 3); row 1, outside the range, is not read.
        #expect(sink == 46)
        #expect(!WeightPrefetch.isDamaged(sink))
    }

    @Test("only a sum that is not a finite number counts as damaged")
    func damaged() {
        #expect(!WeightPrefetch.isDamaged(0))
        #expect(!WeightPrefetch.isDamaged(-1e30))
        #expect(WeightPrefetch.isDamaged(.infinity))
        #expect(WeightPrefetch.isDamaged(.nan))
    }
}
