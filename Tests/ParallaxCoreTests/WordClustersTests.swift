import Testing

@testable import ParallaxCore

@Suite struct WordClustersTests {
    let table = WordClusters(depth: 4, paths: ["paris": 3, "berlin": 3, "monday": 12, "0.0": 7])

    @Test func roundTripKeepsWordsPathsAndChecksum() throws {
        let loaded = try WordClusters(fileBytes: table.encoded())
        #expect(loaded.depth == 4)
        #expect(loaded.count == 4)
        #expect(loaded.path(of: "Berlin") == 3)
        #expect(loaded.path(of: "monday") == 12)
        #expect(loaded.path(of: "1.5") == 7)
        #expect(loaded.checksum == table.checksum)
    }

    @Test func damagedFilesGiveTypedErrors() {
        var bytes = table.encoded()
        #expect(throws: WordClusterError.notAClusterFile) { try WordClusters(fileBytes: Array("hello".utf8)) }
        #expect(throws: WordClusterError.truncated(atByte: 3)) { try WordClusters(fileBytes: Array(bytes.prefix(3))) }
        #expect(throws: WordClusterError.truncated(atByte: bytes.count - 5)) { try WordClusters(fileBytes: Array(bytes.prefix(bytes.count - 5))) }
        bytes[bytes.count - 8] ^= 0x40
        #expect(throws: WordClusterError.checksumMismatch) { try WordClusters(fileBytes: bytes) }
        var future = table.encoded()
        future[4] = 9
        #expect(throws: WordClusterError.unsupportedVersion(found: 9, supported: WordClusters.formatVersion)) {
            try WordClusters(fileBytes: future)
        }
    }

    @Test func taggerModelRemembersItsClusterTable() throws {
        let tags = TagSet(names: ["A", "B"])
        let model = PerceptronTagger(task: .partOfSpeech, tagSet: tags, bucketBits: 8, weights: [Int16](repeating: 1, count: 512), scale: 1, clusters: table)
        let loaded = try PerceptronTagger(modelBytes: model.encoded(), clusters: table)
        #expect(loaded.clusters?.checksum == table.checksum)
        let other = WordClusters(depth: 4, paths: ["paris": 1])
        #expect(throws: TaggerModelError.clusterMismatch(expected: table.checksum, found: other.checksum)) {
            try PerceptronTagger(modelBytes: model.encoded(), clusters: other)
        }
    }
}
