import Foundation
import Testing

@testable import ParallaxCore

@Suite("Tagger weight cache")
struct WeightCacheTests {
    /// A fresh directory under the system's temporary one.
    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "/parallax-weights-" + UUID().uuidString
    }

    @Test("the cache directory: PARALLAX_CACHE_DIR (empty: none), else XDG_CACHE_HOME, else HOME; relative paths are not used")
    func directory() {
        #expect(WeightCache.directory(environment: ["PARALLAX_CACHE_DIR": "/x/y", "HOME": "/h"]) == "/x/y")
        #expect(WeightCache.directory(environment: ["PARALLAX_CACHE_DIR": "", "HOME": "/h"]) == nil)
        #expect(WeightCache.directory(environment: ["PARALLAX_CACHE_DIR": "relative", "HOME": "/h"]) == nil)
        #expect(WeightCache.directory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/parallax")
        #expect(WeightCache.directory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]) == "/h/.cache/parallax")
        #expect(WeightCache.directory(environment: ["HOME": "relative"]) == nil)
        #expect(WeightCache.directory(environment: [:]) == nil)
    }

    @Test("the first load fills and saves the table; the next maps the same weights from the file")
    func savedThenMapped() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var fills = 0
        func load() -> WeightTable {
            WeightTable.loading(count: 5_000, key: 42, directory: directory) { (weights) throws(Never) in
                fills += 1
                weights[7] = 3
                weights[4_999] = -9
            }
        }
        let first = load()
        #expect(!first.mapped)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(files == [WeightCache.fileName(key: 42, count: 5_000)])
        let second = load()
        #expect(second.mapped)
        #expect(fills == 1)
        #expect(Array(second.buffer) == Array(first.buffer))
        #expect(second[7] == 3 && second[4_999] == -9 && second[0] == 0)
    }

    @Test("a cache file of the wrong size is not used; a failing fill saves nothing; an unwritable directory only skips saving")
    func damagedAndUnwritable() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = WeightCache.fileName(key: 7, count: 100)
        try Data(repeating: 0xFF, count: 150).write(to: URL(fileURLWithPath: directory + "/" + name))
        let table = WeightTable.loading(count: 100, key: 7, directory: directory) { (weights) throws(Never) in weights[1] = 2 }
        #expect(!table.mapped && table[1] == 2 && table[0] == 0)
        // Replaced by a whole file: the next load maps it.
        #expect(WeightTable.loading(count: 100, key: 7, directory: directory) { (_) throws(Never) in }.mapped)

        struct Malformed: Error {}
        #expect(throws: Malformed.self) {
            _ = try WeightTable.loading(count: 100, key: 8, directory: directory) { (_) throws(Malformed) in throw Malformed() }
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/" + WeightCache.fileName(key: 8, count: 100)))

        let unwritable = WeightTable.loading(count: 10, key: 9, directory: "/proc/parallax-no-such-dir") { (weights) throws(Never) in
            weights[3] = 1
        }
        #expect(!unwritable.mapped && unwritable[3] == 1)
    }

    @Test("saving prunes abandoned temporary files and tables of another layout; fresh writers and other models stay")
    func pruning() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let abandoned = ".weights-v1-aa-10.i16.123.456.tmp"
        let writing = ".weights-v1-bb-10.i16.124.457.tmp"
        let oldLayout = "weights-v0-cc-10.i16"
        let otherModel = WeightCache.fileName(key: 0xdd, count: 10)
        let unrelated = "notes.txt"
        for name in [abandoned, writing, oldLayout, otherModel, unrelated] {
            #expect(manager.createFile(atPath: directory + "/" + name, contents: Data([1, 2])))
        }
        try manager.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -7_200)], ofItemAtPath: directory + "/" + abandoned)
        _ = WeightTable.loading(count: 10, key: 0xee, directory: directory) { (weights) throws(Never) in weights[0] = 1 }
        let left = Set(try manager.contentsOfDirectory(atPath: directory))
        #expect(left == [writing, otherModel, unrelated, WeightCache.fileName(key: 0xee, count: 10)])
    }

    @Test("beyond keptTables tables, saving removes the least recently used; a table read is marked used")
    func leastRecentlyUsed() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let manager = FileManager.default
        // keptTables tables of 10 weights, used one, two, … hours ago (key 1 most recently).
        let keys = (1...UInt64(WeightCache.keptTables))
        for key in keys {
            _ = WeightTable.loading(count: 10, key: key, directory: directory) { (weights) throws(Never) in weights[0] = 1 }
            try manager.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3_600 * Double(key))],
                ofItemAtPath: directory + "/" + WeightCache.fileName(key: key, count: 10))
        }
        #expect(try manager.contentsOfDirectory(atPath: directory).count == WeightCache.keptTables)
        // Reading the oldest table makes it the most recent.
        let oldest = WeightCache.fileName(key: UInt64(WeightCache.keptTables), count: 10)
        let hit = WeightTable.loading(count: 10, key: UInt64(WeightCache.keptTables), directory: directory) {
            (_) throws(Never) in Issue.record("a cached table is filled again")
        }
        #expect(hit.mapped)
        let touched = try #require(try manager.attributesOfItem(atPath: directory + "/" + oldest)[.modificationDate] as? Date)
        #expect(Date().timeIntervalSince(touched) < 600)
        // A new table: the one unused for longest (key keptTables - 1) goes, the rest stay.
        _ = WeightTable.loading(count: 10, key: 0xfeed, directory: directory) { (weights) throws(Never) in weights[0] = 1 }
        let left = Set(try manager.contentsOfDirectory(atPath: directory))
        #expect(left.count == WeightCache.keptTables)
        #expect(!left.contains(WeightCache.fileName(key: UInt64(WeightCache.keptTables - 1), count: 10)))
        #expect(left.contains(oldest))
        #expect(left.contains(WeightCache.fileName(key: 0xfeed, count: 10)))
    }

    @Test("a model loaded twice through a cache directory is mapped the second time and tags alike")
    func taggerThroughCache() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bytes = try BundledTaggers.model(.partOfSpeech).encoded()
        let first = try PerceptronTagger(modelBytes: bytes, clusters: nil, cacheDirectory: directory)
        let again = try PerceptronTagger(modelBytes: bytes, clusters: nil, cacheDirectory: directory)
        #expect(!first.weights.mapped)
        #expect(again.weights.mapped)
        let input = TaggerInput(sentences: [["The", "council", "approved", "the", "budget", "on", "Tuesday", "."]])
        #expect(again.tag(input) == first.tag(input))
        #expect(again.encoded() == bytes)
    }
}
