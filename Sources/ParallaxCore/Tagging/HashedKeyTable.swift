/// A hash table from 64-bit keys that are already hashes (the tagger's FNV-1a feature hashes of
/// words and names) to small values.
///
/// `Dictionary` and `Set` run every key through SipHash, which for keys that are hashes already is
/// pure cost: the tagger looks up gazetteer names, given names, titles, word clusters and its
/// document memory several times per token. This table spreads the key with one multiplication
/// (Fibonacci hashing) and probes linearly; it keeps the load at most one half.
package struct HashedKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    /// The number of keys stored.
    package private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    package init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slot a key starts probing at.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`; setting nil is not supported (the tables only grow).
    package subscript(key: UInt64) -> Value? {
        @inline(__always) get {
            let mask = keys.count - 1
            var slot = home(key)
            while let value = values[slot] {
                if keys[slot] == key { return value }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            insert(newValue, for: key)
        }
    }

    /// Whether `key` is stored.
    @inline(__always)
    package func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Stores `value` for `key`, replacing any value it had.
    package mutating func insert(_ value: Value, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = home(key)
        while values[slot] != nil {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        var larger = HashedKeyTable(capacity: keys.count)
        for slot in keys.indices { if let value = values[slot] { larger.insert(value, for: keys[slot]) } }
        self = larger
    }
}

extension HashedKeyTable where Value == Bool {
    /// A set of keys: each stored with `true`.
    package init(keys: some Sequence<UInt64>) {
        self.init()
        for key in keys { insert(true, for: key) }
    }

    /// Adds `key` to the set.
    package mutating func insert(_ key: UInt64) { insert(true, for: key) }
}
