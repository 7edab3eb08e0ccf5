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
    /// Bytes mapped for them.
    private let length: Int

    /// A table of `count` zero weights; `fill` writes the non-zero ones before the table is shared.
    init<Failure: Error>(
        zeroed count: Int, fill: (UnsafeMutableBufferPointer<Int16>) throws(Failure) -> Void
    ) throws(Failure) {
        let size = max(1, count)
        length = size * MemoryLayout<Int16>.stride
        // Anonymous pages are zero; asking for huge pages makes loading fault in a few 2 MiB pages
        // instead of tens of thousands of 4 KiB ones (the kernel may decline; the table works either way).
        guard let memory = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), memory != MAP_FAILED
        else { fatalError("out of memory for \(size) weights") }
        #if os(Linux)
            _ = madvise(memory, length, MADV_HUGEPAGE)
        #endif
        let weights = memory.bindMemory(to: Int16.self, capacity: size)
        // Filled before `self` is whole: a failing fill unmaps the memory here, and no deinit runs.
        do {
            try fill(UnsafeMutableBufferPointer(start: weights, count: count))
        } catch {
            munmap(memory, length)
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

    deinit { munmap(base, length) }

    /// The weight at `index`.
    subscript(index: Int) -> Int16 { base[index] }

    /// The weights as one buffer.
    var buffer: UnsafeBufferPointer<Int16> { UnsafeBufferPointer(start: base, count: count) }
}
