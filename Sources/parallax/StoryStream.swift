import Dispatch
import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest
import Synchronization

/// A stream of articles clustered into stories: the articles in date order (undated ones keep their
/// input position before the dated), their profiles, and where each went.
struct StoryStream {
    /// The articles in stream order.
    var articles: [Article]
    /// Their story profiles, in the same order.
    var profiles: [StoryProfile]
    /// Seconds spent analyzing (both cores).
    var analysisSeconds: Double

    /// Orders `articles` by publication day (stable) and profiles them, analyzing on every core;
    /// prints progress to standard error every 1,000 articles when `progress` is set.
    init(_ articles: [Article], progress: Bool = false) {
        let ordered = StoryClusterer.streamOrder(articles.map { $0.published?.dayNumber }).map { articles[$0] }
        let start = DispatchTime.now().uptimeNanoseconds
        self.articles = ordered
        self.profiles = Self.profiles(ordered, progress: progress)
        self.analysisSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Profiles of `articles`, analyzed in parallel chunks, in input order.
    static func profiles(_ articles: [Article], progress: Bool) -> [StoryProfile] {
        let analyzer = Analyzer()
        let chunk = 64
        let chunks = (articles.count + chunk - 1) / chunk
        let done = Atomic<Int>(0)
        return concurrentMap(chunks) { index in
            let range = (index * chunk)..<min(articles.count, (index + 1) * chunk)
            let profiles = range.map { StoryProfile(analyzer.analyze(articles[$0])) }
            let finished = done.add(range.count, ordering: .relaxed).newValue
            if progress, finished / 1_000 != (finished - range.count) / 1_000 {
                StandardError.print("parallax: analyzed \(finished) of \(articles.count) articles")
            }
            return profiles
        }.flatMap { $0 }
    }

    /// Clusters the profiles in order with `clusterer`; returns the assignments and the seconds spent.
    /// `observe`, when given, sees the scored candidates of each article that reaches the story model.
    func cluster(
        with clusterer: inout StoryClusterer, observe: (([StoryCandidate]) -> Void)? = nil
    ) -> (assignments: [StoryAssignment], seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let assignments = profiles.map { profile in
            guard let observe else { return clusterer.add(profile) }
            return clusterer.add(profile, observing: observe)
        }
        return (assignments, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Clusters the stream with `clusterer` and scores it against `gold`, each article labelled with
    /// its final story (boilerplate pages in no story count as singletons).
    func score(
        _ gold: ClusterGold, with clusterer: inout StoryClusterer, observe: (([StoryCandidate]) -> Void)? = nil
    ) -> (score: ClusterScore, assignments: [StoryAssignment], stories: [Int?], seconds: Double) {
        let (assignments, seconds) = cluster(with: &clusterer, observe: observe)
        let stories = Self.finalStories(assignments, clusterer)
        var predicted: [String: String?] = [:]
        for (index, profile) in profiles.enumerated() { predicted[profile.article] = stories[index].map { String($0) } }
        return (ClusterScore(gold: gold.stories, predicted: predicted), assignments, stories, seconds)
    }

    /// The final story of each assignment (merges followed; nil for boilerplate).
    static func finalStories(_ assignments: [StoryAssignment], _ clusterer: StoryClusterer) -> [Int?] {
        assignments.map { $0.story.map { clusterer.story(of: $0) } }
    }
}
