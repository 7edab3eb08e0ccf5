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
        let full = space.rawValue + ":" + key
        if let id = ids[full] { return id }
        let id = documentFrequency.count
        ids[full] = id
        documentFrequency.append(0)
        return id
    }

    /// The smoothed inverse document frequency of `id` (of a key in no document for an unknown id).
    func idf(_ id: Int) -> Double {
        let df = id >= 0 && id < documentFrequency.count ? documentFrequency[id] : 0
        return log(Double(documents + 1) / Double(df + 1)) + 1
    }

    /// Counts one more document holding the keys `ids`.
    mutating func count(_ ids: some Sequence<Int>) {
        documents += 1
        for id in ids where id >= 0 && id < documentFrequency.count { documentFrequency[id] += 1 }
    }
}
