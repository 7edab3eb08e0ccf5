import Foundation

/// A tagger's dense weight table (`bucketCount × tagCount` quantized weights), allocated zeroed by the
/// system rather than filled.
///
/// Most of a model's buckets are empty. Memory from `calloc` arrives as zero pages that the kernel maps
/// only when a row is written, so loading a model touches just its non-zero rows instead of writing
/// zeros over tens of megabytes (which was half of every command's start-up). Immutable once loaded,
/// so one table is shared by every thread.
final class WeightTable: @unchecked Sendable {
    /// The first weight.
    let base: UnsafeMutablePointer<Int16>
    /// Number of weights.
    let count: Int

    /// A table of `count` zero weights; `fill` writes the non-zero ones before the table is shared.
    init<Failure: Error>(
        zeroed count: Int, fill: (UnsafeMutableBufferPointer<Int16>) throws(Failure) -> Void
    ) throws(Failure) {
        let size = max(1, count)
        guard let memory = calloc(size, MemoryLayout<Int16>.stride) else { fatalError("out of memory for \(size) weights") }
        let weights = memory.bindMemory(to: Int16.self, capacity: size)
        // Filled before `self` is whole: a failing fill frees the memory here, and no deinit runs.
        do {
            try fill(UnsafeMutableBufferPointer(start: weights, count: count))
        } catch {
            free(weights)
            throw error
        }
        base = weights
        self.count = count
    }

    /// A table holding `weights`.
    convenience init(_ weights: [Int16]) {
        self.init(zeroed: weights.count) { (table) throws(Never) in
            for (index, weight) in weights.enumerated() where weight != 0 { table[index] = weight }
        }
    }

    deinit { free(base) }

    /// The weight at `index`.
    subscript(index: Int) -> Int16 { base[index] }

    /// The weights as one buffer.
    var buffer: UnsafeBufferPointer<Int16> { UnsafeBufferPointer(start: base, count: count) }
}
