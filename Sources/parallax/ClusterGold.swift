import Foundation

/// Gold stories of a clustering corpus in JSON Lines: per line the article id (`id`, else `doc`), its
/// gold story (`story`, else `subtopic`) and optional `flags` (`dup_text`: a copy of another line).
struct ClusterGold {
    /// Article id and gold story, in file order.
    var stories: [(article: String, story: String)] = []
    /// Articles flagged as copies (`dup_text`).
    var copies = Set<String>()
    /// Whether any line has `flags`.
    var hasFlags = false

    /// Reads `path`; lines without an id or a story are skipped.
    init(path: String) throws(CommandFailure) {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): cannot read") }
        for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            guard let id = Self.string(object["id"]) ?? Self.string(object["doc"]),
                let story = Self.string(object["story"]) ?? Self.string(object["subtopic"])
            else { continue }
            stories.append((id, story))
            if let flags = object["flags"] as? [String] {
                hasFlags = true
                if flags.contains("dup_text") { copies.insert(id) }
            }
        }
        guard !stories.isEmpty else { throw CommandFailure("\(path): no line has an id and a gold story (\"story\" or \"subtopic\")") }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        default: return nil
        }
    }
}
