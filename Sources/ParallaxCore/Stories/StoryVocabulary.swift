import Foundation

/// Ids and document frequencies of the keys story clustering weighs — content-word stems, names and
/// places, each in its own key space — updated article by article as the stream arrives.
///
/// The inverse document frequency of a key is smoothed (`log((N + 1) / (df + 1)) + 1`), so the first
/// articles of a cold stream weigh every key alike and rare keys gain weight as the stream grows.
public struct StoryVocabulary: Sendable, Codable {
    /// The key space a key belongs to.
    public enum Space: String, Sendable, Codable {
        /// Content-word stems.
        case term = "t"
        /// People and organizations.
        case name = "n"
        /// Places.
        case place = "p"
    }

    /// Id of each key (`space:key`).
    var ids: [String: Int] = [:]
    /// Documents holding each key, by id.
    var documentFrequency: [Int] = []
    /// Documents counted.
    public private(set) var documents = 0

    /// Creates an empty vocabulary.
    public init() {}

    /// The id of `key` in `space`, added when new.
    mutating func id(_ key: String, in space: Space) -> Int {
        // A line break would split the key in two when encoded; none comes from words or names.
        let full = space.rawValue + ":" + (key.contains("\n") ? key.replacingOccurrences(of: "\n", with: " ") : key)
        if let id = ids[full] { return id }
        let id = documentFrequency.count
        ids[full] = id
        documentFrequency.append(0)
        return id
    }

    /// The id of `key` in `space` when some counted document held it, else nil (nothing is added).
    func knownID(_ key: String, in space: Space) -> Int? {
        guard let id = ids[space.rawValue + ":" + key], id < documentFrequency.count, documentFrequency[id] > 0 else { return nil }
        return id
    }

    /// The smoothed inverse document frequency of `id` (of a key in no document for an unknown id).
    func idf(_ id: Int) -> Double {
        let df = id >= 0 && id < documentFrequency.count ? documentFrequency[id] : 0
        return log(Double(documents + 1) / Double(df + 1)) + 1
    }

    /// Encoded compactly (a clustering state holds hundreds of thousands of keys): the keys in id order
    /// as one string, a line each — keys are words and names, never holding a line break —, and the
    /// document frequencies in the same order.
    enum CodingKeys: String, CodingKey {
        case keys, documentFrequency, documents
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentFrequency = try container.decode([Int].self, forKey: .documentFrequency)
        documents = try container.decode(Int.self, forKey: .documents)
        let keys = try container.decode(String.self, forKey: .keys)
        let lines = keys.isEmpty ? [] : keys.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == documentFrequency.count else {
            throw DecodingError.dataCorruptedError(forKey: .keys, in: container, debugDescription: "keys and frequencies differ in number")
        }
        ids = Dictionary(uniqueKeysWithValues: lines.enumerated().map { (String($0.element), $0.offset) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var keys = [String](repeating: "", count: documentFrequency.count)
        for (key, id) in ids where id < keys.count { keys[id] = key }
        try container.encode(keys.joined(separator: "\n"), forKey: .keys)
        try container.encode(documentFrequency, forKey: .documentFrequency)
        try container.encode(documents, forKey: .documents)
    }

    /// Counts one more document holding the keys `ids`.
    mutating func count(_ ids: some Sequence<Int>) {
        documents += 1
        for id in ids where id >= 0 && id < documentFrequency.count { documentFrequency[id] += 1 }
    }
}
