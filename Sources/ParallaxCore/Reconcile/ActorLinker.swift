/// Links each article's entity clusters into story-wide actors: one actor per real person or body.
///
/// Rules: the same name (case-insensitive, after the gazetteer's aliases: `US` = `United States`;
/// a hyphen counts as a space: `Kim Jong-un` = `Kim Jong Un`) links, and bodies and places also link through their in-article aliases; a one-word person name links to the one multi-word
/// person name in the story whose first or last word it is, and stays apart when two people share it.
public struct ActorLinker: Sendable {
    /// Creates a linker.
    public init() {}

    /// The actors and, for each article, a map from cluster id to actor index.
    public func link(_ articles: [AnalyzedArticle]) -> (actors: [StoryActor], membership: [[Int: Int]]) {
        struct Member {
            var article: Int
            var cluster: EntityCluster
            var mentions: Int
        }
        var members: [Member] = []
        for (index, analyzed) in articles.enumerated() {
            var counts: [Int: Int] = [:]
            for mention in analyzed.entities { if let id = mention.entity { counts[id, default: 0] += 1 } }
            for cluster in analyzed.clusters {
                members.append(Member(article: index, cluster: cluster, mentions: counts[cluster.id] ?? 0))
            }
        }
        var parent = Array(members.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func words(_ name: String) -> [String] { name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) }
        // 1. Same name, after the gazetteer's aliases (`US` = `United States`); bodies and places also
        //    link through any alias their cluster collected in its article.
        var byName: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            // Hyphens and spaces alike: `Kim Jong-un` and `Kim Jong Un` are one transliterated name.
            var keys = [Gazetteer.canonical(member.cluster.name).replacingOccurrences(of: "-", with: " ")]
            if member.cluster.type != .person {
                keys += member.cluster.aliases.map(Gazetteer.canonical).filter { !keys.contains($0) }
            }
            for key in keys {
                if let other = byName[key] { parent[find(index)] = find(other) } else { byName[key] = index }
            }
        }
        // 2. One-word person names to the unique multi-word person name containing them at either end.
        var fullNames: [String: Set<String>] = [:]  // end word -> full names
        for member in members where member.cluster.type == .person {
            let parts = words(member.cluster.name)
            guard parts.count > 1, let first = parts.first, let last = parts.last else { continue }
            let full = parts.joined(separator: " ")
            fullNames[first, default: []].insert(full)
            fullNames[last, default: []].insert(full)
        }
        for (index, member) in members.enumerated() where member.cluster.type == .person {
            let parts = words(member.cluster.name)
            guard parts.count == 1, let candidates = fullNames[parts[0]], candidates.count == 1,
                let full = candidates.first, let target = byName[full] ?? byName[Gazetteer.canonical(full)]
            else { continue }
            parent[find(index)] = find(target)
        }
        // Gather groups.
        var groupIndex: [Int: Int] = [:]
        var groups: [[Member]] = []
        var membership = Array(repeating: [Int: Int](), count: articles.count)
        for (index, member) in members.enumerated() {
            let root = find(index)
            let group: Int
            if let existing = groupIndex[root] {
                group = existing
            } else {
                group = groups.count
                groupIndex[root] = group
                groups.append([])
            }
            groups[group].append(member)
            membership[member.article][member.cluster.id] = group
        }
        let actors = groups.map { group -> StoryActor in
            let best = group.max { a, b in
                let wa = words(a.cluster.name).count
                let wb = words(b.cluster.name).count
                return wa != wb ? wa < wb : a.mentions < b.mentions
            }
            var roles: [String] = []
            var aliases: [String] = []
            var sources: [String] = []
            for member in group {
                for role in member.cluster.roles where !roles.contains(role) { roles.append(role) }
                for alias in member.cluster.aliases where !aliases.contains(alias) { aliases.append(alias) }
                let source = articles[member.article].article.source
                if !sources.contains(source) { sources.append(source) }
            }
            let typeVotes = Dictionary(grouping: group, by: \.cluster.type).mapValues { $0.reduce(0) { $0 + $1.mentions } }
            let type = typeVotes.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
            return StoryActor(
                name: best?.cluster.name ?? "",
                type: type ?? best?.cluster.type ?? .miscellaneous,
                roles: roles,
                sources: sources,
                aliases: aliases,
                mentions: group.reduce(0) { $0 + $1.mentions },
                age: group.compactMap(\.cluster.age).first
            )
        }
        return (actors, membership)
    }
}
