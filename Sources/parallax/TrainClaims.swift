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
            let spans: [[String: [TextSpan]]] = story.gold.valueFacts.map { fact in
                var bySource: [String: [TextSpan]] = [:]
                for mention in fact.mentions {
                    guard let document = analyzed.first(where: { $0.article.source == mention.source }),
                        let span = ClaimGold.locate(mention, in: document.article.text, body: story.bodies[mention.source] ?? "")
                    else { continue }
                    bySource[mention.source, default: []].append(span)
                }
                return bySource
            }
            let pairs = StoryReconciler().pairExamples(analyzed)
            for pair in pairs {
                let first = analyzed[pair.first.article].article.source
                let second = analyzed[pair.second.article].article.source
                let label = spans.contains { fact in
                    (fact[first] ?? []).contains { $0.overlaps(pair.first.span) }
                        && (fact[second] ?? []).contains { $0.overlaps(pair.second.span) }
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
