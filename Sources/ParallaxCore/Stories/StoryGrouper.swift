/// Splits a set of analyzed articles into the stories they report, with the stream clustering of
/// `StoryClusterer`, so that `compare` reconciles only articles of one story.
///
/// Articles are clustered in publication-date order (undated ones first, in input order); boilerplate
/// pages are set apart, since their text reports nothing.
public struct StoryGrouper: Sendable {
    /// One story of the input.
    public struct Group: Sendable, Hashable {
        /// Indices of its articles in the input, ascending.
        public var members: [Int]

        /// Creates a group.
        public init(members: [Int]) { self.members = members }
    }

    /// The clustering used (settings and model).
    public var clusterer: StoryClusterer

    /// Creates a grouper with the bundled story-match model.
    public init(clusterer: StoryClusterer = StoryClusterer()) { self.clusterer = clusterer }

    /// The stories of `articles` (largest first, ties by first member) and the indices of the
    /// boilerplate pages, which are in none.
    public func group(_ articles: [AnalyzedArticle]) -> (stories: [Group], boilerplate: [Int]) {
        let order = articles.indices.sorted { a, b in
            let (x, y) = (articles[a].article.published?.dayNumber ?? Int.min, articles[b].article.published?.dayNumber ?? Int.min)
            return x != y ? x < y : a < b
        }
        var clusterer = self.clusterer
        var members: [Int: [Int]] = [:]
        var boilerplate: [Int] = []
        var assignments: [(index: Int, story: Int)] = []
        for index in order {
            let assignment = clusterer.add(StoryProfile(articles[index]))
            if assignment.boilerplate || assignment.story == nil {
                boilerplate.append(index)
            } else if let story = assignment.story {
                assignments.append((index, story))
            }
        }
        for (index, story) in assignments { members[clusterer.story(of: story), default: []].append(index) }
        let stories = members.values.map { Group(members: $0.sorted()) }
            .sorted { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        return (stories, boilerplate.sorted())
    }
}
