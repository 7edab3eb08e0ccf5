import Foundation

/// A site's robots.txt as it applies to one crawler (RFC 9309): the group naming the crawler's product
/// token, else the `*` group; the longest matching `Allow`/`Disallow` path wins, `Allow` on a tie; `*`
/// matches any run of characters and a final `$` anchors the end.
public struct RobotsRules: Sendable, Hashable {
    /// One `Allow` or `Disallow` line.
    private struct Rule: Sendable, Hashable {
        let allow: Bool
        let pattern: String
    }

    private var rules: [Rule]

    /// Everything allowed (no robots.txt, or one that says nothing about this crawler).
    public static let allowAll = RobotsRules(rules: [])
    /// Nothing allowed (robots.txt unreachable because of a server error: RFC 9309 says assume complete
    /// disallow).
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")])

    private init(rules: [Rule]) {
        self.rules = rules
    }

    /// The rules of `text` for the crawler named `agent`.
    public init(_ text: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule])] = []
        var lastWasAgent = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if lastWasAgent, !groups.isEmpty { groups[groups.count - 1].agents.append(value.lowercased()) } else { groups.append(([value.lowercased()], [])) }
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard !groups.isEmpty, !(key == "disallow" && value.isEmpty) else { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value))
            default:
                continue
            }
        }
        let name = agent.lowercased()
        let own = groups.filter { $0.agents.contains { !$0.isEmpty && $0 != "*" && name.hasPrefix($0) } }
        let chosen = own.isEmpty ? groups.filter { $0.agents.contains("*") } : own
        self.rules = chosen.flatMap(\.rules)
    }

    /// Whether `path` (with its query) may be fetched.
    public func allows(_ path: String) -> Bool {
        var best: (length: Int, allow: Bool)?
        for rule in rules where Self.matches(rule.pattern, path) {
            let length = rule.pattern.count
            if best == nil || length > best?.length ?? 0 || (length == best?.length && rule.allow) { best = (length, rule.allow) }
        }
        return best?.allow ?? true
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if let found = rest.range(of: piece) {
                rest = rest[found.upperBound...]
            } else {
                return false
            }
        }
        if anchored {
            // The last piece must end the path: when a wildcard came before it, find its last occurrence.
            if pieces.count > 1, let last = pieces.last, !last.isEmpty { return path.hasSuffix(last) }
            return rest.isEmpty
        }
        return true
    }
}
