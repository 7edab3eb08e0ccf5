import Foundation
import Testing

@testable import ParallaxReport

/// The compact encoder must write exactly the bytes Foundation's encoder writes with sorted keys and
/// unescaped slashes.
@Suite("CompactJSONEncoder")
struct CompactJSONEncoderTests {
    struct Inner: Codable, Equatable {
        var name: String
        var score: Double?
        var flags: [Bool]
    }

    struct Outer: Encodable {
        var zeta = 1
        var alpha = "a/b \"quoted\" back\\slash\ttab\nnew\u{1}ctl\u{1F} é 中 😀"
        var Beta = [1.0, 0.1, -0.0, 1e-7, 1e21, 123456789.125, 3]
        var inner = Inner(name: "x", score: nil, flags: [true, false])
        var many = [Inner(name: "", score: 2.5, flags: [])]
        var map = ["b": 2, "a": 1, "ä": 3, "A": 0]
        var empty: [Int] = []
        var optional: Int? = nil
        var url = URL(string: "https://example.org/a?b=c")
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var data = Data([0, 1, 2, 250])
        var decimal = Decimal(string: "12.340")
        var small: Int8 = -3
        var big: UInt64 = .max
        var float: Float = 0.1
    }

    /// Writes keys twice, nests containers and leaves one single-value container empty.
    struct Handwritten: Encodable {
        enum Keys: String, CodingKey { case b, a, nested, list }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(1, forKey: .b)
            try c.encode("first", forKey: .a)
            try c.encode("second", forKey: .a)
            var nested = c.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encodeNil(forKey: .a)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try list.encode(true)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("x")
            try list.encodeNil()
        }
    }

    func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("writes Foundation's bytes for nested values, escapes, numbers and special types")
    func sameBytes() throws {
        #expect(try CompactJSONEncoder().encode(Outer()) == foundation(Outer()))
        #expect(try CompactJSONEncoder().encode(Handwritten()) == foundation(Handwritten()))
        for value in ["", "plain", "\"", "\u{0}", "/"] {
            #expect(try CompactJSONEncoder().encode(value) == foundation(value))
        }
        #expect(try CompactJSONEncoder().encode([Inner?.none, Inner(name: "n", score: 1, flags: [true])])
            == foundation([Inner?.none, Inner(name: "n", score: 1, flags: [true])]))
        #expect(try CompactJSONEncoder().encode(42) == "42")
    }

    /// Asks twice for a nested container under one key, and writes integers of every width.
    struct Widths: Encodable {
        enum Keys: String, CodingKey { case a, list }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            var first = c.nestedContainer(keyedBy: Keys.self, forKey: .a)
            try first.encode(Int32(-7), forKey: .a)
            var second = c.nestedContainer(keyedBy: Keys.self, forKey: .a)
            try second.encode(UInt8(7), forKey: .list)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try list.encode(Int8(-1))
            try list.encode(Int16(2))
            try list.encode(Int64.min)
            try list.encode(UInt.max)
            try list.encode(UInt16(3))
            try list.encode(UInt32(4))
        }
    }

    @Test("integers of every width, in every container, and one key's nested containers merged")
    func widthsAndMerges() throws {
        #expect(try CompactJSONEncoder().encode(Widths()) == foundation(Widths()))
        #expect(try CompactJSONEncoder().encode([Int32(1), -2]) == foundation([Int32(1), -2]))
        #expect(try CompactJSONEncoder().encode(["b": [UInt8(1)]]) == foundation(["b": [UInt8(1)]]))
        #expect(try CompactJSONEncoder().encode(Int64(5)) == foundation(Int64(5)))
        #expect(try CompactJSONEncoder().encode([Int16?.none, 3]) == foundation([Int16?.none, 3]))
    }

    /// Encodes nothing at all.
    struct Nothing: Encodable {
        func encode(to encoder: Encoder) throws {}
    }

    @Test("a value that encodes nothing is an error, as in Foundation")
    func nothing() {
        #expect(throws: CompactJSONError.noValue) { try CompactJSONEncoder().encode(Nothing()) }
        #expect((try? foundation(Nothing())) == nil)
    }

    @Test("a non-finite number is a typed error, as in Foundation")
    func nonFinite() {
        #expect(throws: CompactJSONError.self) { try CompactJSONEncoder().encode(Inner(name: "x", score: .nan, flags: [])) }
        #expect(throws: CompactJSONError.self) { try CompactJSONEncoder().encode([Double.infinity]) }
        #expect((try? foundation([Double.infinity])) == nil)
    }
}
