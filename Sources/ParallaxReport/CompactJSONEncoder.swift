import Foundation

/// Encodes a value as one line of JSON with keys in UTF-8 byte order and slashes unescaped: the bytes
/// Foundation's `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, several times faster.
///
/// `analyze` writes one such line per article, and with Foundation's encoder that took a sixth of the
/// command's time: it boxes every value, casts each one against its special types and builds a
/// dictionary per object. Here an object is a list of key and value nodes sorted once when written;
/// strings and numbers are written as text as soon as they are encoded. `URL`, `Date` (as seconds since
/// 2001, Foundation's default), `Data` (Base64) and `Decimal` are written as Foundation writes them;
/// non-finite numbers and a value that encodes nothing are errors, as there (of this type, not
/// `EncodingError`). Keys equal only under Unicode normalization are two keys here.
public struct CompactJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The JSON text of `value`.
    public func encode(_ value: some Encodable) throws -> String {
        let root = JSONNode()
        try JSONNodeEncoder(node: root, codingPath: []).encodeValue(value)
        if case .unset = root.content { throw CompactJSONError.noValue }
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        root.write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

/// One value being encoded: text already written, an array or an object of child nodes.
final class JSONNode {
    enum Content {
        case unset
        case text(String)
        case array([JSONNode])
        case object([(key: String, node: JSONNode)])
    }

    var content = Content.unset

    /// Appends the node's JSON (an unset node, an empty single-value container, is `{}` as in Foundation).
    func write(to output: inout [UInt8]) {
        switch content {
        case .unset:
            output.append(0x7B)
            output.append(0x7D)
        case .text(let text):
            output.append(contentsOf: text.utf8)
        case .array(let items):
            output.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(0x2C) }
                item.write(to: &output)
            }
            output.append(0x5D)
        case .object(let entries):
            output.append(0x7B)
            // Keys in UTF-8 byte order (objects are small: an insertion sort, stable, so that of a key
            // written twice the later write is the one kept, as in a dictionary).
            var order = Array(entries.indices)
            for i in 1..<max(1, order.count) {
                let moving = order[i]
                var j = i
                while j > 0, entries[moving].key.utf8.lexicographicallyPrecedes(entries[order[j - 1]].key.utf8) {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = moving
            }
            var first = true
            for (position, index) in order.enumerated() {
                if position + 1 < order.count, entries[order[position + 1]].key == entries[index].key { continue }
                if !first { output.append(0x2C) }
                first = false
                JSONNode.appendQuoted(entries[index].key, to: &output)
                output.append(0x3A)
                entries[index].node.write(to: &output)
            }
            output.append(0x7D)
        }
    }

    /// `string` as a JSON string literal: quotes, backslashes and control characters escaped, everything
    /// else (slashes, non-ASCII text) written as is.
    static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        var needsEscape = false
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else {
            output.append(contentsOf: string.utf8)
            output.append(0x22)
            return
        }
        for byte in string.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default:
                output.append(byte)
            }
        }
        output.append(0x22)
    }
}

/// Why a value cannot be written as JSON.
public enum CompactJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A NaN or infinite number, which JSON cannot write.
    case nonFiniteNumber(path: String)
    /// The value encoded nothing at all.
    case noValue

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .nonFiniteNumber(let path): "cannot write a NaN or infinite number as JSON (at \(path.isEmpty ? "top level" : path))"
        case .noValue: "the value encoded nothing, so there is no JSON to write"
        }
    }
}

/// The `Encoder` the containers below write through, one per node.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return JSONUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONSingleValueContainer(encoder: self) }

    /// Writes `value` into this encoder's node: the special Foundation types as Foundation writes them,
    /// everything else through its own `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        // Type identity first (a pointer comparison): the casts below run only for the types they name,
        // not for every struct on its way to its own `encode(to:)`.
        let special =
            T.self == String.self || T.self == Int.self || T.self == Double.self || T.self == Bool.self
            || T.self == URL.self || T.self == Date.self || T.self == Data.self || T.self == Decimal.self
        guard special else { return try value.encode(to: self) }
        switch value {
        case let string as String: node.content = .text(Self.quoted(string))
        case let number as Int: node.content = .text(String(number))
        case let number as Double: node.content = .text(try Self.text(of: number, path: codingPath))
        case let flag as Bool: node.content = .text(flag ? "true" : "false")
        case let url as URL: node.content = .text(Self.quoted(url.absoluteString))
        case let date as Date: node.content = .text(try Self.text(of: date.timeIntervalSinceReferenceDate, path: codingPath))
        case let data as Data: node.content = .text(Self.quoted(data.base64EncodedString()))
        case let decimal as Decimal: node.content = .text(decimal.description)
        default: try value.encode(to: self)
        }
    }

    static func quoted(_ string: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count + 2)
        JSONNode.appendQuoted(string, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A floating-point number as Foundation writes it: its shortest description, without a trailing `.0`.
    static func text<F: BinaryFloatingPoint & CustomStringConvertible>(of number: F, path: [any CodingKey]) throws -> String {
        guard number.isFinite else {
            throw CompactJSONError.nonFiniteNumber(path: path.map(\.stringValue).joined(separator: "."))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A keyed container: appends key and child node to its object node.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> JSONNode { child(named: key.stringValue) }

    /// The node already written under `key` when it is a container of the kind asked for (Foundation
    /// merges a second nested container for one key into the first), else a new one.
    private func containerChild(_ key: Key, object: Bool) -> JSONNode {
        if case .object(let entries) = node.content, let existing = entries.last(where: { $0.key == key.stringValue })?.node {
            switch existing.content {
            case .object where object, .array where !object: return existing
            default: break
            }
        }
        return child(key)
    }

    private func child(named key: String) -> JSONNode {
        let child = JSONNode()
        if case .object(var entries) = node.content {
            node.content = .unset
            entries.append((key, child))
            node.content = .object(entries)
        }
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).content = .text("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).content = .text(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { child(key).content = .text(JSONNodeEncoder.quoted(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        child(key).content = .text(try JSONNodeEncoder.text(of: value, path: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        child(key).content = .text(try JSONNodeEncoder.text(of: value, path: codingPath + [key]))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).content = .text(String(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try JSONNodeEncoder(node: child(key), codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        JSONNodeEncoder(node: containerChild(key, object: true), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONNodeEncoder(node: containerChild(key, object: false), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: child(named: "super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONNodeEncoder(node: child(key), codingPath: codingPath + [key]) }
}

/// An unkeyed container: appends child nodes to its array node.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    private func child() -> JSONNode {
        let child = JSONNode()
        if case .array(var items) = node.content {
            node.content = .unset
            items.append(child)
            node.content = .array(items)
        }
        return child
    }

    mutating func encodeNil() throws { child().content = .text("null") }
    mutating func encode(_ value: Bool) throws { child().content = .text(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { child().content = .text(JSONNodeEncoder.quoted(value)) }
    mutating func encode(_ value: Double) throws { child().content = .text(try JSONNodeEncoder.text(of: value, path: codingPath)) }
    mutating func encode(_ value: Float) throws { child().content = .text(try JSONNodeEncoder.text(of: value, path: codingPath)) }
    mutating func encode(_ value: Int) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: Int8) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: Int16) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: Int32) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: Int64) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: UInt) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: UInt8) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: UInt16) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: UInt32) throws { child().content = .text(String(value)) }
    mutating func encode(_ value: UInt64) throws { child().content = .text(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONNodeEncoder(node: child(), codingPath: codingPath).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        JSONNodeEncoder(node: child(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONNodeEncoder(node: child(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { JSONNodeEncoder(node: child(), codingPath: codingPath) }
}

/// A single-value container: sets its encoder's node.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONNodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node.content = .text("null") }
    mutating func encode(_ value: Bool) throws { encoder.node.content = .text(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoder.node.content = .text(JSONNodeEncoder.quoted(value)) }
    mutating func encode(_ value: Double) throws {
        encoder.node.content = .text(try JSONNodeEncoder.text(of: value, path: codingPath))
    }
    mutating func encode(_ value: Float) throws {
        encoder.node.content = .text(try JSONNodeEncoder.text(of: value, path: codingPath))
    }
    mutating func encode(_ value: Int) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: Int8) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: Int16) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: Int32) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: Int64) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: UInt) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.node.content = .text(String(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.node.content = .text(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
