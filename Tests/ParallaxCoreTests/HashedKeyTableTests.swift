import Testing
@testable import ParallaxCore

/// The tagger's hash table answers exactly as a `Dictionary` would, through growth, replacement,
/// key zero and keys that share their home slot.
@Suite struct HashedKeyTableTests {
    @Test(arguments: [5, 6] as [UInt64])
    func agreesWithDictionaryThroughGrowth(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var table = HashedKeyTable<UInt16>()
        var reference: [UInt64: UInt16] = [:]
        for step in 0..<5_000 {
            // Small keys repeat (replacements); large ones are fresh.
            let key = step % 3 == 0 ? random.next() % 64 : random.next()
            let value = UInt16(truncatingIfNeeded: random.next())
            table[key] = value
            reference[key] = value
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        for _ in 0..<1_000 {
            let key = random.next()
            #expect(table[key] == reference[key])
        }
    }

    @Test func keyZeroAndCollidingKeysAreDistinct() {
        var table = HashedKeyTable<UInt8>(capacity: 2)
        // Keys that differ only above the bits the slot is taken from land on one home slot.
        let keys: [UInt64] = [0, 1 << 63, 1 << 62, (1 << 63) | (1 << 62)]
        for (index, key) in keys.enumerated() { table[key] = UInt8(index + 1) }
        for (index, key) in keys.enumerated() { #expect(table[key] == UInt8(index + 1)) }
        #expect(table[2] == nil)
        table[0] = 9
        #expect(table[0] == 9 && table.count == 4)
    }

    @Test func setsHoldTheirKeys() {
        var set = HashedKeyTable<Bool>(keys: [3, 5, 7])
        set.insert(11)
        #expect([3, 5, 7, 11].allSatisfy(set.contains))
        #expect(!set.contains(4))
    }
}
