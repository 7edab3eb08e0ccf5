import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxTraining

/// `parallax train claims --stories FOLDER --gold FOLDER -o MODEL`: fits the fact-pair model on
/// annotated stories. Every pair of values of one slot from two outlets is an example; it is positive
/// when both values fall on the mentions of one annotated value fact.
enum TrainClaims {
    static func run(stories: String, gold: String, threshold: Double?, out: String) throws {
        let clock = ContinuousClock()
        let started = clock.now
        var examples: [(features: [Double], label: Bool)] = []
        for story in try ClaimStories.read(stories: stories, gold: gold) {
            let analyzed = StoryAnalyzer().analyze(story.articles).articles
            let texts = Dictionary(analyzed.map { ($0.article.source, $0.article.text) }, uniquingKeysWith: { first, _ in first })
            let facts = story.gold.valueFacts.map { ClaimGold.places(of: $0, texts: texts, bodies: story.bodies).found }
            let pairs = StoryReconciler().pairExamples(analyzed)
            for pair in pairs {
                let first = analyzed[pair.first.article].article.source
                let second = analyzed[pair.second.article].article.source
                let label = facts.contains { places in
                    places.contains { $0.source == first && $0.span.overlaps(pair.first.span) }
                        && places.contains { $0.source == second && $0.span.overlaps(pair.second.span) }
                }
                examples.append((pair.features, label))
            }
            StandardError.print("train claims: \(story.gold.story): \(pairs.count) pairs")
        }
        let positives = examples.filter(\.label).count
        StandardError.print("train claims: \(examples.count) pairs, \(positives) on one annotated fact")
        var model = FactPairTrainer().fit(examples, names: FactPairFeatures.names)
        if let threshold { model.threshold = threshold }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(model).write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        let weights = zip(FactPairFeatures.names, model.weights).map { String(format: "%@ %.2f", $0, $1) }
        StandardError.print("wrote \(out): threshold \(model.threshold); \(weights.joined(separator: ", ")); wall \(clock.now - started)")
    }
}
