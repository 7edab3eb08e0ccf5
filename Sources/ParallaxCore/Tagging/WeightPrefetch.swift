/// Brings the weight rows of a token's features into the cache before they are scored.
///
/// Tagging is bound by memory, not arithmetic: each feature is a row at a random place in a table of
/// megabytes (`CompactWeights`), and the scoring loop waits on one row after another. Reading the first and last
/// weight of every row of the *next* token while the current one is scored lets those misses overlap
/// with each other and with the work at hand. Swift has no prefetch instruction, so the rows are read
/// into `sink`, a sum the caller tests once (`isDamaged`) so that the reads are not optimized away.
package enum WeightPrefetch {
    /// Reads the rows of `buckets[range]` (each `tagCount` weights wide) into `sink`.
    @inline(__always)
    package static func touch<Weight: WeightElement>(
        _ weights: UnsafePointer<Weight>, buckets: UnsafeBufferPointer<UInt32>, range: Range<Int>, tagCount: Int,
        sink: inout Float
    ) {
        let last = tagCount - 1
        for f in range {
            let row = weights + Int(buckets[f]) * tagCount
            sink += row[0].floatValue + row[last].floatValue
        }
    }

    /// Whether `sink` is not a finite number — never, since weights are finite; testing it is what
    /// keeps the reads that fed it.
    @inline(__always)
    package static func isDamaged(_ sink: Float) -> Bool { !(sink * 0 == 0) }
}
