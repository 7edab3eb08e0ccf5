/// Splits the articles handed to `compare` into the stories they report, with the story-match model
/// of `StoryClusterer`, so that `compare` reconciles only articles of one story.
///
/// Up to `pairwiseLimit` articles — the usual input of `compare`, given as one story — every pair is scored (each
/// article against a story of the other alone, in both directions, with document frequencies counted
/// over the whole input) and two articles belong together when either probability reaches the join
/// threshold; the stories are the connected groups. Unlike the stream clustering, no story grows a
/// centroid that drifts, and the order of the input does not matter. Boilerplate pages are set apart,
/// since their text reports nothing. Larger inputs go through the stream clustering, whose cost per
/// article stays flat.
public struct StoryGrouper: Sendable {
    /// Most articles grouped by scoring every pair.
    public static let pairwiseLimit = 200

    /// One story of the input.
    public struct Group: Sendable, Hashable {
        /// Indices of its articles in the input, ascending.
        public var members: [Int]

        /// Creates a group.
        public init(members: [Int]) { self.members = members }
    }

    /// The model and join threshold used.
    public var clusterer: StoryClusterer

    /// Creates a grouper with the bundled story-match model.
    public init(clusterer: StoryClusterer = StoryClusterer()) { self.clusterer = clusterer }

    /// The stories of `articles` (largest first, ties by first member) and the indices of the
    /// boilerplate pages, which are in none.
    public func group(_ articles: [AnalyzedArticle]) -> (stories: [Group], boilerplate: [Int]) {
        let profiles = articles.map { StoryProfile($0) }
        if profiles.count > Self.pairwiseLimit { return streamGroups(profiles) }
        let boilerplate = profiles.indices.filter { profiles[$0].boilerplate }
        let reports = profiles.indices.filter { !profiles[$0].boilerplate }
        var scorer = clusterer
        for index in reports {
            let vectors = scorer.vectors(for: profiles[index])
            scorer.vocabulary.count(Set(vectors.terms.ids + vectors.names.ids + vectors.places.ids))
        }
        let vectors = Dictionary(uniqueKeysWithValues: reports.map { ($0, scorer.vectors(for: profiles[$0])) })
        var records: [Int: StoryRecord] = [:]
        for index in reports {
            guard let vector = vectors[index] else { continue }
            records[index] = StoryRecord(id: index, article: profiles[index], vectors: vector, arrival: index)
        }
        let largest = scorer.vocabulary.idf(-1)
        let rarity = { (id: Int) in scorer.vocabulary.idf(id) / largest }
        var parent = Dictionary(uniqueKeysWithValues: reports.map { ($0, $0) })
        func root(_ index: Int) -> Int {
            var current = index
            while let next = parent[current], next != current { current = next }
            return current
        }
        for (position, a) in reports.enumerated() {
            for b in reports[(position + 1)...] where root(a) != root(b) {
                guard let va = vectors[a], let vb = vectors[b], let ra = records[a], let rb = records[b] else { continue }
                let forward = scorer.model.probability(StoryMatchFeatures.features(profiles[a], va, rb, rarity: rarity))
                let backward = scorer.model.probability(StoryMatchFeatures.features(profiles[b], vb, ra, rarity: rarity))
                guard max(forward, backward) >= scorer.settings.joinThreshold else { continue }
                let (x, y) = (root(a), root(b))
                parent[max(x, y)] = min(x, y)
            }
        }
        var members: [Int: [Int]] = [:]
        for index in reports { members[root(index), default: []].append(index) }
        return (Self.ordered(members), boilerplate)
    }

    /// The groups of a large input by the stream clustering, in publication-date order.
    func streamGroups(_ profiles: [StoryProfile]) -> (stories: [Group], boilerplate: [Int]) {
        let order = profiles.indices.sorted { a, b in
            let (x, y) = (profiles[a].day ?? Int.min, profiles[b].day ?? Int.min)
            return x != y ? x < y : a < b
        }
        var clusterer = self.clusterer
        var boilerplate: [Int] = []
        var assignments: [(index: Int, story: Int)] = []
        for index in order {
            let assignment = clusterer.add(profiles[index])
            if let story = assignment.story, !assignment.boilerplate {
                assignments.append((index, story))
            } else {
                boilerplate.append(index)
            }
        }
        var members: [Int: [Int]] = [:]
        for (index, story) in assignments { members[clusterer.story(of: story), default: []].append(index) }
        return (Self.ordered(members), boilerplate.sorted())
    }

    /// Groups largest first, ties by first member.
    static func ordered(_ members: [Int: [Int]]) -> [Group] {
        members.values.map { Group(members: $0.sorted()) }
            .sorted { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
    }
}
