import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxIngest
import ParallaxTraining

/// `parallax train stories CORPUS.jsonl… -o MODEL`: fits the story-match model on corpora with gold
/// stories, then picks the join and merge thresholds by clustering the same corpora.
///
/// Examples come from replaying each corpus in date order with its gold stories: every candidate story
/// the index offers an arriving article is an example, positive when it is the article's gold story.
/// The join threshold (0.05…0.90), merge threshold (0.40…0.90, or none) and window (30…1,000 days) are those of the best mean
/// of B-cubed and pairwise F1 over the corpora, each corpus weighing the same; then, with those fixed, the
/// boilerplate threshold (0.05…0.30, or the join threshold) the same way.
enum TrainStories {
    /// The story windows (days) tried.
    static let windows = [30, 90, 365, 1_000]

    static func run(corpora: [String], out: String) throws {
        let clock = ContinuousClock()
        let started = clock.now
        var streams: [(stream: StoryStream, gold: ClusterGold)] = []
        for corpus in corpora {
            let gold = try ClusterGold(path: corpus)
            let read = ArticleReader().read(paths: [corpus], options: ReadOptions())
            guard !read.articles.isEmpty else { throw CommandFailure("\(corpus): no article could be read") }
            streams.append((StoryStream(read.articles), gold))
        }
        // Each corpus weighs the same in the fit: the examples of a smaller one are repeated.
        let perCorpus = streams.map { replay($0.stream, $0.gold) }
        let largest = perCorpus.map(\.count).max() ?? 0
        var examples: [(features: [Double], label: Bool)] = []
        for (index, corpusExamples) in perCorpus.enumerated() {
            let repeats = max(1, Int((Double(largest) / Double(max(1, corpusExamples.count))).rounded()))
            StandardError.print("  \(corpora[index]): \(corpusExamples.count) examples, weight \(repeats)")
            for _ in 0..<repeats { examples += corpusExamples }
        }
        let positives = examples.filter(\.label).count
        StandardError.print("train stories: \(examples.count) candidate examples, \(positives) positive, from \(corpora.count) corpora")
        var trainer = FactPairTrainer()
        trainer.positiveWeight = 1
        var model = trainer.fit(examples, names: StoryMatchFeatures.names)
        var best = (join: 0.5, merge: 2.0, window: 30, score: -1.0)
        for window in windows {
            for join in stride(from: 0.05, through: 0.9, by: 0.05) {
                for merge in [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0] where merge >= join {
                    var total = 0.0
                    for (stream, gold) in streams {
                        let score = Self.score(stream, gold, model: model, join: join, merge: merge, window: window)
                        total += (score.bcubedF1 + score.pairwiseF1) / 2
                    }
                    let mean = total / Double(streams.count)
                    if mean > best.score + 1e-9 { best = (join, merge, window, mean) }
                }
            }
        }
        // Then the least probability for a boilerplate page to be placed by its headline (ECB-like
        // corpora have none; their score does not move).
        var boilerplate = (threshold: best.join, score: best.score)
        for threshold in [0.05, 0.1, 0.15, 0.2, 0.25, 0.3] where threshold < best.join {
            var total = 0.0
            for (stream, gold) in streams {
                let score = Self.score(
                    stream, gold, model: model, join: best.join, merge: best.merge, window: best.window, boilerplate: threshold)
                total += (score.bcubedF1 + score.pairwiseF1) / 2
            }
            let mean = total / Double(streams.count)
            if mean > boilerplate.score + 1e-9 { boilerplate = (threshold, mean) }
        }
        StandardError.print(String(format: "train stories: boilerplate threshold %.2f, mean F1 %.4f", boilerplate.threshold, boilerplate.score))
        model.threshold = (best.join * 100).rounded() / 100
        StandardError.print(
            String(format: "train stories: join threshold %.2f, merge threshold %@, window %d days, mean F1 %.4f", best.join,
                   best.merge > 1 ? "none" : String(format: "%.2f", best.merge), best.window, best.score))
        for (index, (stream, gold)) in streams.enumerated() {
            let score = Self.score(
                stream, gold, model: model, join: best.join, merge: best.merge, window: best.window,
                boilerplate: boilerplate.threshold)
            StandardError.print(
                String(format: "  %@: bcubed F1 %.4f pairwise F1 %.4f", corpora[index], score.bcubedF1, score.pairwiseF1))
        }
        try TrainClaims.write(model, to: out)
        StandardError.print("wrote \(out); wall \(clock.now - started)")
    }

    /// The candidate examples of one corpus replayed with its gold stories.
    static func replay(_ stream: StoryStream, _ gold: ClusterGold) -> [(features: [Double], label: Bool)] {
        let goldOf = Dictionary(gold.stories.map { ($0.article, $0.story) }, uniquingKeysWith: { first, _ in first })
        // No merges while replaying: the replay must not depend on the bundled model's probabilities.
        var clusterer = StoryClusterer(settings: StoryClusterSettings(mergeThreshold: 2, windowDays: windows.max() ?? 30))
        var storyOfGold: [String: Int] = [:]
        var goldOfStory: [Int: String] = [:]
        var examples: [(features: [Double], label: Bool)] = []
        var (joining, offered) = (0, 0)
        for profile in stream.profiles {
            let label = goldOf[profile.article]
            let assignment = clusterer.add(profile) { candidates in
                for candidate in candidates {
                    examples.append((candidate.features, label != nil && goldOfStory[candidate.story] == label))
                }
                if let label, let story = storyOfGold[label] {
                    joining += 1
                    if candidates.contains(where: { $0.story == story }) { offered += 1 }
                }
                return label.flatMap { storyOfGold[$0] }
            }
            if let label, let story = assignment.story.map({ clusterer.story(of: $0) }), assignment.duplicateOf == nil {
                storyOfGold[label] = story
                goldOfStory[story] = label
            }
        }
        StandardError.print("  the index offered the gold story to \(offered) of the \(joining) articles joining one")
        return examples
    }

    /// The clustering score of one corpus with `model` and the thresholds.
    static func score(
        _ stream: StoryStream, _ gold: ClusterGold, model: FactPairModel, join: Double, merge: Double, window: Int,
        boilerplate: Double? = nil
    ) -> ClusterScore {
        let settings = StoryClusterSettings(
            joinThreshold: join, mergeThreshold: merge, windowDays: window, boilerplateThreshold: boilerplate)
        var clusterer = StoryClusterer(settings: settings, model: model)
        return stream.score(gold, with: &clusterer).score
    }
}
