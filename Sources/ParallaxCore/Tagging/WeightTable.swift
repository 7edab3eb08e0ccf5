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
    init(zeroed count: Int, fill: (UnsafeMutableBufferPointer<Int16>) throws(TaggerModelError) -> Void) throws(TaggerModelError) {
        let size = max(1, count)
        guard let memory = calloc(size, MemoryLayout<Int16>.stride) else { fatalError("out of memory for \(size) weights") }
        base = memory.bindMemory(to: Int16.self, capacity: size)
        self.count = count
        do {
            try fill(UnsafeMutableBufferPointer(start: base, count: count))
        } catch {
            free(base)
            throw error
        }
    }

    /// A table holding `weights`.
    convenience init(_ weights: [Int16]) {
        // The copy cannot fail; `try!` only satisfies the typed-throws signature of `fill`.
        try! self.init(zeroed: weights.count) { table in
            for (index, weight) in weights.enumerated() where weight != 0 { table[index] = weight }
        }
    }

    deinit { free(base) }

    /// The weight at `index`.
    subscript(index: Int) -> Int16 { base[index] }

    /// The weights as one buffer.
    var buffer: UnsafeBufferPointer<Int16> { UnsafeBufferPointer(start: base, count: count) }
}
