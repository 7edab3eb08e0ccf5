import Foundation

/// A tagger's dense weight table (`bucketCount × tagCount` quantized weights), allocated zeroed by the
/// system rather than filled, or mapped from an expanded copy an earlier process left in the cache.
///
/// Most of a model's buckets are empty, but the non-empty ones are spread over the whole table, so
/// filling it touches nearly every page and the kernel zeroes each (80 MB for the two bundled models:
/// most of a short command's start-up). The first process to load a model therefore saves the filled
/// table to the cache (`WeightCache`: where, and how a whole file or none is written), named by a hash
/// of the model file; later processes map it read-only from the page cache, touching only the rows
/// they read. Immutable once loaded, so one table is shared by every thread.
final class WeightTable: @unchecked Sendable {
    /// The first weight.
    let base: UnsafeMutablePointer<Int16>
    /// Number of weights.
    let count: Int
    /// Bytes mapped for them.
    private let length: Int

    /// The table of the model whose file hashes to `key`: mapped from the cache when an expanded copy of
    /// `count` weights is there, else `count` zero weights that `fill` writes before the table is
    /// shared, then saved to the cache for the next process (silently skipped when that fails).
    /// `directory` is the cache directory (nil: no cache).
    static func loading<Failure: Error>(
        count: Int, key: UInt64, directory: String? = WeightCache.directory(),
        fill: (UnsafeMutableBufferPointer<Int16>) throws(Failure) -> Void
    ) throws(Failure) -> WeightTable {
        guard let directory else { return try WeightTable(zeroed: count, fill: fill) }
        let name = WeightCache.fileName(key: key, count: count)
        if let mapped = WeightTable(mappingFile: directory + "/" + name, count: count) { return mapped }
        let table = try WeightTable(zeroed: count, fill: fill)
        WeightCache.save(UnsafeRawBufferPointer(start: table.base, count: table.length), as: name, in: directory)
        return table
    }

    /// Whether the weights were mapped from the cache.
    let mapped: Bool

    /// The table in the file at `path`, mapped read-only; nil unless the file holds exactly `count` weights.
    private init?(mappingFile path: String, count: Int) {
        let length = max(1, count) * MemoryLayout<Int16>.stride
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == length,
            let memory = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), memory != MAP_FAILED
        else { return nil }
        base = memory.bindMemory(to: Int16.self, capacity: max(1, count))
        self.count = count
        self.length = length
        mapped = true
        WeightCache.markUsed(path)
    }

    /// A table of `count` zero weights; `fill` writes the non-zero ones before the table is shared.
    init<Failure: Error>(
        zeroed count: Int, fill: (UnsafeMutableBufferPointer<Int16>) throws(Failure) -> Void
    ) throws(Failure) {
        let size = max(1, count)
        let length = size * MemoryLayout<Int16>.stride
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
        self.length = length
        mapped = false
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
