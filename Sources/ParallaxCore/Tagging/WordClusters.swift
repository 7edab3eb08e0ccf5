import Foundation

/// Hierarchical word classes learned from unlabelled text: each known word type (lowercased, digits
/// folded to `0`) has a bit path of `depth` bits in a binary tree, so that path prefixes name coarser
/// classes — the same use as Brown clusters.
///
/// The tagger reads the classes of a token and its neighbours as features, which lets it generalize
/// from words seen in the labelled data to distributionally similar words it never saw there. Binary
/// form (`encoded()`, `init(fileBytes:)`), little-endian:
///
/// ```
/// "PLXC" · version u16 · file length u32 · depth u8 · count u32
/// · count × (len u8, UTF-8 word, path u16), words in byte order · FNV-1a-32 of everything before, u32
/// ```
public struct WordClusters: Sendable {
    /// The format version this build writes and reads.
    public static let formatVersion = 1
    /// The four magic bytes that start every cluster file.
    static let magic: [UInt8] = Array("PLXC".utf8)

    /// Bits in every path (1…16).
    public let depth: Int
    /// Each word type and its path, in byte order of the word.
    public let entries: [(word: String, path: UInt16)]
    /// Path by `FeatureHash.clusterKey` of the word.
    let pathByKey: HashedKeyTable<UInt16>
    /// The checksum of the encoded file: it identifies the table a tagger model was trained with.
    public let checksum: UInt32

    /// A table from word types (already normalized with `normalize`) and their paths.
    public init(depth: Int, paths: [String: UInt16]) {
        let depth = min(max(depth, 1), 16)
        let sorted = paths.map { (word: $0.key, path: $0.value) }.sorted { Array($0.word.utf8).lexicographicallyPrecedes(Array($1.word.utf8)) }
        self.init(depth: depth, sortedEntries: sorted)
    }

    private init(depth: Int, sortedEntries: [(word: String, path: UInt16)]) {
        self.depth = depth
        entries = sortedEntries
        var table = HashedKeyTable<UInt16>(capacity: sortedEntries.count)
        for entry in sortedEntries { table[FeatureHash.string(entry.word, lowercasing: false)] = entry.path }
        pathByKey = table
        checksum = PerceptronTagger.checksum(Self.body(depth: depth, entries: sortedEntries)[...])
    }

    /// The number of word types.
    public var count: Int { entries.count }

    /// The path of a normalized word, if it is known.
    public func path(of word: String) -> UInt16? { pathByKey[FeatureHash.string(Self.normalize(word), lowercasing: false)] }

    /// The path of a word by its `FeatureHash.clusterKey`.
    @inline(__always)
    func path(key: UInt64) -> UInt16? { pathByKey[key] }

    /// The form under which a word is looked up: ASCII letters lowercased, ASCII digits folded to `0`.
    public static func normalize(_ word: String) -> String {
        String(decoding: word.utf8.map(FeatureHash.clusterByte), as: UTF8.self)
    }

    // MARK: - Binary form

    /// The cluster file's bytes.
    public func encoded() -> [UInt8] {
        var bytes = Self.body(depth: depth, entries: entries)
        var writer = ModelByteWriter(bytes: bytes)
        writer.uint32(checksum)
        bytes = writer.bytes
        return bytes
    }

    /// Everything but the trailing checksum.
    private static func body(depth: Int, entries: [(word: String, path: UInt16)]) -> [UInt8] {
        var writer = ModelByteWriter()
        writer.bytes.append(contentsOf: magic)
        writer.uint16(UInt16(formatVersion))
        let lengthAt = writer.bytes.count
        writer.uint32(0)
        writer.uint8(UInt8(depth))
        writer.uint32(UInt32(entries.count))
        for entry in entries {
            let utf8 = Array(entry.word.utf8.prefix(255))
            writer.uint8(UInt8(utf8.count))
            writer.bytes.append(contentsOf: utf8)
            writer.uint16(entry.path)
        }
        let length = UInt32(writer.bytes.count + 4)
        for k in 0..<4 { writer.bytes[lengthAt + k] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(k))) }
        return writer.bytes
    }

    /// Reads a cluster file, checking magic, version, bounds, order and checksum.
    public init(fileBytes bytes: [UInt8]) throws(WordClusterError) {
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else {
            if bytes.count < 4, Self.magic.starts(with: bytes) { throw .truncated(atByte: bytes.count) }
            throw .notAClusterFile
        }
        do {
            var reader = ModelByteReader(bytes)
            reader.offset = 4
            let version = Int(try reader.uint16())
            guard version == Self.formatVersion else { throw WordClusterError.unsupportedVersion(found: version, supported: Self.formatVersion) }
            let length = Int(try reader.uint32())
            guard bytes.count >= length else { throw WordClusterError.truncated(atByte: bytes.count) }
            guard bytes.count == length, length >= 15 else {
                throw WordClusterError.corrupt("file length \(bytes.count) differs from the \(length) bytes announced")
            }
            let stored = UInt32(bytes[length - 4]) | UInt32(bytes[length - 3]) << 8
                | UInt32(bytes[length - 2]) << 16 | UInt32(bytes[length - 1]) << 24
            guard PerceptronTagger.checksum(bytes[0..<(length - 4)]) == stored else { throw WordClusterError.checksumMismatch }
            let depth = Int(try reader.uint8())
            guard (1...16).contains(depth) else { throw WordClusterError.corrupt("depth \(depth) out of range") }
            let count = Int(try reader.uint32())
            guard count <= length / 3 else { throw WordClusterError.corrupt("\(count) words cannot fit in \(length) bytes") }
            var entries: [(word: String, path: UInt16)] = []
            entries.reserveCapacity(count)
            var previous: [UInt8] = []
            for index in 0..<count {
                let size = Int(try reader.uint8())
                let word = Array(try reader.take(size))
                let path = try reader.uint16()
                guard index == 0 || previous.lexicographicallyPrecedes(word) else {
                    throw WordClusterError.corrupt("words out of order at entry \(index)")
                }
                guard depth == 16 || Int(path) < 1 << depth else { throw WordClusterError.corrupt("path \(path) deeper than \(depth) bits") }
                previous = word
                entries.append((String(decoding: word, as: UTF8.self), path))
            }
            guard reader.offset == length - 4 else { throw WordClusterError.corrupt("entries do not end where the checksum starts") }
            self.init(depth: depth, sortedEntries: entries)
        } catch let error as WordClusterError {
            throw error
        } catch let error as TaggerModelError {
            if case .truncated(let at) = error { throw .truncated(atByte: at) }
            throw .corrupt("\(error)")
        } catch {
            throw .corrupt("\(error)")
        }
    }

    /// The cluster table bundled in the package (`Models/clusters.plxc`), or why it could not be loaded.
    public static let bundled: Result<WordClusters, WordClusterError> = {
        guard let url = Bundle.module.url(forResource: "clusters", withExtension: "plxc", subdirectory: "Models"),
            let data = try? Data(contentsOf: url)
        else { return .failure(.missingResource("Models/clusters.plxc")) }
        return Result { () throws(WordClusterError) -> WordClusters in try WordClusters(fileBytes: [UInt8](data)) }
    }()
}
