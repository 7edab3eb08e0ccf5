/// A trained averaged-perceptron sequence tagger: hashed features, Int16 weights, greedy or beam decoding.
///
/// Immutable and `Sendable`: load it once and share it. Its binary form (`encoded()`,
/// `init(modelBytes:)`) is versioned, little-endian and checksummed:
///
/// ```
/// "PLXT" · version u16 · file length u32 · task u8 · bucketBits u8 · clusters u32 (checksum of the
/// `WordClusters` table the features read, 0 for none) · beam width u8 (1: greedy) · tagCount u16 · tagCount × (len u8, UTF-8)
/// · scale f32 · rowCount u32 · rowCount × (bucket delta varint · n u8 · n × (tag u8, weight i16))
/// · FNV-1a-32 of everything before, u32
/// ```
///
/// The weights are only meaningful with the feature templates of `StaticFeatures` and
/// `GreedyDecoder` they were trained with, and with the same word clusters: changing a template, or
/// the gazetteers, means bumping `formatVersion` and retraining the bundled models. Version 2 added
/// the word-cluster features and the cluster table's checksum; version 3 the decoder's beam width (a
/// model trained with beam search scores whole sequences and is decoded with the same beam); version 4
/// dropped the two all-capitals-headline templates, which five-fold cross-validation on the CoNLL
/// training set found did not help (mean F1 91.00 with them, 91.23 without; `Scripts/ner-cv.sh`).
public struct PerceptronTagger: Sendable {
    /// The format version this build writes and reads.
    public static let formatVersion = 4
    /// The four magic bytes that start every model file.
    static let magic: [UInt8] = Array("PLXT".utf8)

    /// What the model labels.
    public let task: TaggerTask
    /// The labels.
    public let tagSet: TagSet
    /// log2 of the number of feature buckets.
    public let bucketBits: Int
    /// Weight = `Float(weights[bucket, tag]) * scale`.
    let weights: CompactWeights
    /// The quantization step.
    public let scale: Float
    /// The decoder.
    let decoder: GreedyDecoder
    /// The word classes the features read, if the model was trained with them.
    public let clusters: WordClusters?
    /// Partial tag sequences the decoder keeps per token (1: greedy).
    public private(set) var beamWidth: Int = 1

    /// A model from already quantized weights (`bucketCount × tagCount`).
    package init(task: TaggerTask, tagSet: TagSet, bucketBits: Int, weights: [Int16], scale: Float, clusters: WordClusters? = nil) {
        self.init(
            task: task, tagSet: tagSet, bucketBits: bucketBits, table: CompactWeights(dense: weights, tagCount: tagSet.count),
            scale: scale, clusters: clusters)
    }

    /// A model over a weight table already built.
    init(task: TaggerTask, tagSet: TagSet, bucketBits: Int, table weights: CompactWeights, scale: Float, clusters: WordClusters?) {
        self.clusters = clusters
        self.task = task
        self.tagSet = tagSet
        self.bucketBits = bucketBits
        self.weights = weights
        self.scale = scale
        var decoder = GreedyDecoder(tagSet: tagSet, task: task, bucketBits: bucketBits)
        decoder.compact = weights
        self.decoder = decoder
    }

    /// Quantizes float weights to Int16, keeping at most `maxWeights` non-zero weights (the largest).
    package init(task: TaggerTask, tagSet: TagSet, bucketBits: Int, floatWeights: UnsafeBufferPointer<Float>, maxWeights: Int, clusters: WordClusters? = nil, beamWidth: Int = 1) {
        let largest = floatWeights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        var quantized = [Int16](repeating: 0, count: floatWeights.count)
        var histogram = [Int](repeating: 0, count: 32768)
        for (index, weight) in floatWeights.enumerated() {
            let q = Int16(clamping: Int((weight / scale).rounded()))
            quantized[index] = q
            histogram[Int(q.magnitude)] += 1
        }
        var kept = 0
        var threshold = 32768
        while threshold > 1, kept + histogram[threshold - 1] <= maxWeights {
            threshold -= 1
            kept += histogram[threshold]
        }
        if threshold > 1 {
            for index in quantized.indices where Int(quantized[index].magnitude) < threshold { quantized[index] = 0 }
        }
        self.init(task: task, tagSet: tagSet, bucketBits: bucketBits, weights: quantized, scale: scale, clusters: clusters)
        self.beamWidth = beamWidth
    }

    /// The number of non-zero weights.
    public var nonZeroWeights: Int { weights.nonZeroCount }

    // MARK: - Tagging

    /// The tag numbers of every token of `input` (tokens outside every sentence get tag 0).
    ///
    /// `partsOfSpeech` — the POS model's tags for the same tokens — feeds the entity model's features.
    public func tag(_ input: TaggerInput, partsOfSpeech: [UInt16]? = nil) -> [UInt16] {
        tag(input, partsOfSpeech: partsOfSpeech, hashes: TokenHashes(input))
    }

    /// The tag numbers of every token of `input`, from token hashes already computed (shared by the
    /// two models that tag one document).
    package func tag(_ input: TaggerInput, partsOfSpeech: [UInt16]?, hashes: TokenHashes) -> [UInt16] {
        var features = StaticFeatures(
            input: input, task: task, partsOfSpeech: partsOfSpeech, clusters: clusters, mask: decoder.mask, hashes: hashes)
        guard weights.bucketCount == 1 << bucketBits, weights.tagCount == tagSet.count else {
            return [UInt16](repeating: 0, count: input.tokens.count)
        }
        // Buckets become the rows of the packed table (the decoder maps its tag-history features alike).
        let rowOfBucket = weights.rowOfBucket
        features.buckets.withUnsafeMutableBufferPointer { buckets in
            for index in buckets.indices { buckets[index] = rowOfBucket[Int(buckets[index])] }
        }
        let base = UnsafePointer(weights.rows)
        let tags: [UInt16]
        if beamWidth > 1 {
            tags = BeamDecoder(base: decoder, width: beamWidth).decode(features, sentences: input.sentences, tokenCount: input.tokens.count, weights: base)
        } else {
            tags = decoder.decode(features, sentences: input.sentences, tokenCount: input.tokens.count, weights: base)
        }
        withExtendedLifetime(weights) {}
        return tags
    }

    /// The tag names of every token of `input`.
    public func labels(_ input: TaggerInput, partsOfSpeech: [UInt16]? = nil) -> [String] {
        tag(input, partsOfSpeech: partsOfSpeech).map { tagSet.names[Int($0)] }
    }

    // MARK: - Binary form

    /// The model file's bytes.
    public func encoded() -> [UInt8] {
        var writer = ModelByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        writer.uint16(UInt16(Self.formatVersion))
        let lengthAt = writer.bytes.count
        writer.uint32(0)
        writer.uint8(task.rawValue)
        writer.uint8(UInt8(bucketBits))
        writer.uint32(clusters?.checksum ?? 0)
        writer.uint8(UInt8(clamping: beamWidth))
        writer.uint16(UInt16(tagSet.count))
        for name in tagSet.names {
            let utf8 = Array(name.utf8.prefix(255))
            writer.uint8(UInt8(utf8.count))
            writer.bytes.append(contentsOf: utf8)
        }
        writer.uint32(scale.bitPattern)
        let tagCount = tagSet.count
        let rowCountAt = writer.bytes.count
        writer.uint32(0)
        var rows: UInt32 = 0
        var lastBucket = 0
        for bucket in 0..<weights.bucketCount {
            var nonZero = 0
            for tag in 0..<tagCount where weights[bucket, tag] != 0 { nonZero += 1 }
            guard nonZero > 0 else { continue }
            writer.varint(UInt32(bucket - lastBucket))
            lastBucket = bucket
            writer.uint8(UInt8(nonZero))
            for tag in 0..<tagCount where weights[bucket, tag] != 0 {
                writer.uint8(UInt8(tag))
                writer.uint16(UInt16(bitPattern: weights[bucket, tag]))
            }
            rows += 1
        }
        Self.patch(&writer.bytes, at: rowCountAt, rows)
        Self.patch(&writer.bytes, at: lengthAt, UInt32(writer.bytes.count + 4))
        writer.uint32(Self.checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// Reads a model file, checking magic, version, bounds and checksum.
    ///
    /// A model trained with word clusters needs the same cluster table: `clusters`, or the bundled
    /// one when `clusters` is nil.
    public init(modelBytes bytes: [UInt8], clusters: WordClusters? = nil) throws(TaggerModelError) {
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else {
            if bytes.count < 4, Self.magic.starts(with: bytes) { throw .truncated(atByte: bytes.count) }
            throw .notAModel
        }
        var reader = ModelByteReader(bytes)
        reader.offset = 4
        let version = Int(try reader.uint16())
        guard version == Self.formatVersion else { throw .unsupportedVersion(found: version, supported: Self.formatVersion) }
        let length = Int(try reader.uint32())
        guard bytes.count >= length else { throw .truncated(atByte: bytes.count) }
        guard bytes.count == length, length >= 18 else { throw .corrupt("file length \(bytes.count) differs from the \(length) bytes announced") }
        let stored = UInt32(bytes[length - 4]) | UInt32(bytes[length - 3]) << 8
            | UInt32(bytes[length - 2]) << 16 | UInt32(bytes[length - 1]) << 24
        guard Self.checksum(bytes[0..<(length - 4)]) == stored else { throw .checksumMismatch }
        guard let task = TaggerTask(rawValue: try reader.uint8()) else { throw .corrupt("unknown task") }
        let bucketBits = Int(try reader.uint8())
        guard (8...26).contains(bucketBits) else { throw .corrupt("bucket bits \(bucketBits) out of range") }
        let clusterChecksum = try reader.uint32()
        var table: WordClusters?
        if clusterChecksum != 0 {
            if let clusters {
                table = clusters
            } else if case .success(let bundled) = WordClusters.bundled {
                table = bundled
            }
            guard let found = table, found.checksum == clusterChecksum else {
                throw .clusterMismatch(expected: clusterChecksum, found: table?.checksum)
            }
        }
        let beamWidth = Int(try reader.uint8())
        guard beamWidth >= 1 else { throw .corrupt("beam width 0") }
        let tagCount = Int(try reader.uint16())
        guard (1...255).contains(tagCount) else { throw .corrupt("tag count \(tagCount) out of range") }
        var names: [String] = []
        for _ in 0..<tagCount {
            let length = Int(try reader.uint8())
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        let scale = Float(bitPattern: try reader.uint32())
        guard scale.isFinite, scale > 0 else { throw .corrupt("bad weight scale") }
        let rowCount = Int(try reader.uint32())
        let bucketCount = 1 << bucketBits
        // Each row takes at least two bytes (its bucket step and weight count): a count the file cannot
        // hold is corrupt, and is refused before anything is allocated for it.
        guard rowCount <= bucketCount, rowCount <= (length - reader.offset) / 2 else {
            throw .corrupt("more rows than buckets or bytes")
        }
        let weights = try CompactWeights(bucketCount: bucketCount, tagCount: tagCount, rowCount: rowCount) {
            (rowOfBucket, rows) throws(TaggerModelError) in
            var bucket = 0
            for row in 0..<rowCount {
                let delta = Int(try reader.varint())
                bucket += delta
                guard bucket < bucketCount, row == 0 || delta > 0 else { throw .corrupt("bucket \(bucket) out of range") }
                rowOfBucket[bucket] = UInt32(row + 1)
                let count = Int(try reader.uint8())
                for _ in 0..<count {
                    let tag = Int(try reader.uint8())
                    guard tag < tagCount else { throw .corrupt("tag \(tag) out of range") }
                    rows[(row + 1) * tagCount + tag] = Int16(bitPattern: try reader.uint16())
                }
            }
            guard reader.offset == length - 4 else { throw .corrupt("weights do not end where the checksum starts") }
        }
        self.init(task: task, tagSet: TagSet(names: names), bucketBits: bucketBits, table: weights, scale: scale, clusters: table)
        self.beamWidth = beamWidth
    }

    /// Overwrites four bytes at `offset` with `value`, little-endian.
    private static func patch(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for k in 0..<4 { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k))) }
    }

    /// FNV-1a-32 of `bytes`.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }
}
