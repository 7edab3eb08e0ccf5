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
        for index in reports { scorer.countDocument(scorer.vectors(for: profiles[index])) }
        // Vectors again, now with the document frequencies of the whole input.
        let vectors = reports.map { scorer.vectors(for: profiles[$0]) }
        let records = reports.indices.map {
            StoryRecord(id: reports[$0], article: profiles[reports[$0]], vectors: vectors[$0], arrival: $0)
        }
        var parent = Array(reports.indices)
        func root(_ position: Int) -> Int {
            var current = position
            while parent[current] != current { current = parent[current] }
            return current
        }
        for a in reports.indices {
            for b in (a + 1)..<reports.count where root(a) != root(b) {
                let forward = scorer.score(profiles[reports[a]], vectors[a], against: records[b], story: reports[b])
                let backward = scorer.score(profiles[reports[b]], vectors[b], against: records[a], story: reports[a])
                guard max(forward.probability, backward.probability) >= scorer.settings.joinThreshold else { continue }
                let (x, y) = (root(a), root(b))
                parent[max(x, y)] = min(x, y)
            }
        }
        var members: [Int: [Int]] = [:]
        for position in reports.indices { members[root(position), default: []].append(reports[position]) }
        return (Self.ordered(members), boilerplate)
    }

    /// The groups of a large input by the stream clustering, in publication-date order.
    func streamGroups(_ profiles: [StoryProfile]) -> (stories: [Group], boilerplate: [Int]) {
        let order = StoryClusterer.streamOrder(profiles.map(\.day))
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
