import Foundation

/// A tagger's weights with only its non-empty rows stored, and for each feature bucket the row it
/// reads (row 0, all zeros, for every empty bucket).
///
/// A dense table holds a row for every one of the 2^19–2^20 buckets (83 MB for the two bundled
/// models), but fewer than a tenth hold a weight: the features tagging meets that training never saw
/// each read a row of zeros somewhere in that table, and every such read misses the cache. Packed,
/// the rows fit in the processor's last-level cache (15 MB), the unseen features share one row that
/// stays in the fastest cache, and loading writes 15 MB instead of touching 83 MB of pages.
/// Immutable once built, so one table is shared by every thread.
///
/// Both arrays live in one anonymous mapping: its pages are zero without being written, and asking
/// for huge pages lets loading fault in a few 2 MiB pages instead of thousands of 4 KiB ones (the
/// kernel may decline; the table works either way).
final class CompactWeights: @unchecked Sendable {
    /// For each bucket, the row holding its weights (0: no weights).
    let rowOfBucket: UnsafeMutablePointer<UInt32>
    /// `(rowCount + 1) × tagCount` weights, row 0 all zeros.
    let rows: UnsafeMutablePointer<Int16>
    /// Number of buckets.
    let bucketCount: Int
    /// Weights per row.
    let tagCount: Int
    /// Rows holding weights (row 0 not counted).
    let rowCount: Int
    /// The mapping holding both arrays, and its length in bytes.
    private let memory: UnsafeMutableRawPointer
    private let length: Int

    /// A table of `rowCount` zero rows over `bucketCount` buckets, all mapped to row 0; `fill` assigns
    /// buckets their rows and writes the weights before the table is shared.
    init<Failure: Error>(
        bucketCount: Int, tagCount: Int, rowCount: Int,
        fill: (_ rowOfBucket: UnsafeMutableBufferPointer<UInt32>, _ rows: UnsafeMutableBufferPointer<Int16>) throws(Failure) -> Void
    ) throws(Failure) {
        let weightCount = (rowCount + 1) * tagCount
        // The rows start on a 64-byte boundary after the bucket index.
        let rowsOffset = (max(1, bucketCount) * MemoryLayout<UInt32>.stride + 63) & ~63
        let length = rowsOffset + max(1, weightCount) * MemoryLayout<Int16>.stride
        guard let memory = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), memory != MAP_FAILED
        else { fatalError("out of memory for a weight table of \(length) bytes") }
        #if os(Linux)
            _ = madvise(memory, length, MADV_HUGEPAGE)
        #endif
        let buckets = memory.bindMemory(to: UInt32.self, capacity: max(1, bucketCount))
        let rows = (memory + rowsOffset).bindMemory(to: Int16.self, capacity: max(1, weightCount))
        // Filled before `self` is whole: a failing fill unmaps the memory here, and no deinit runs.
        do {
            try fill(
                UnsafeMutableBufferPointer(start: buckets, count: bucketCount),
                UnsafeMutableBufferPointer(start: rows, count: weightCount))
        } catch {
            munmap(memory, length)
            throw error
        }
        self.memory = memory
        self.length = length
        rowOfBucket = buckets
        self.rows = rows
        self.bucketCount = bucketCount
        self.tagCount = tagCount
        self.rowCount = rowCount
    }

    /// The table of dense `weights` (`bucketCount × tagCount`, `bucketCount` a power of two).
    convenience init(dense weights: [Int16], tagCount: Int) {
        let bucketCount = tagCount > 0 ? weights.count / tagCount : 0
        var nonEmpty: [Int] = []
        for bucket in 0..<bucketCount where (0..<tagCount).contains(where: { weights[bucket * tagCount + $0] != 0 }) {
            nonEmpty.append(bucket)
        }
        self.init(bucketCount: bucketCount, tagCount: tagCount, rowCount: nonEmpty.count) { rowOfBucket, rows in
            for (index, bucket) in nonEmpty.enumerated() {
                rowOfBucket[bucket] = UInt32(index + 1)
                for tag in 0..<tagCount { rows[(index + 1) * tagCount + tag] = weights[bucket * tagCount + tag] }
            }
        }
    }

    deinit { munmap(memory, length) }

    /// The weight of `tag` in `bucket`.
    subscript(bucket: Int, tag: Int) -> Int16 { rows[Int(rowOfBucket[bucket]) * tagCount + tag] }

    /// The number of non-zero weights.
    var nonZeroCount: Int {
        UnsafeBufferPointer(start: rows, count: (rowCount + 1) * tagCount).reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
    }
}
