import Foundation
import ParallaxCore
import ParallaxEvaluation
import ParallaxTraining

/// `parallax train claims|events|quotes --stories FOLDER --gold FOLDER -o MODEL`: fits the fact-pair,
/// event-pair or quote-pair model on annotated stories. Claims: every pair of values of one slot from two
/// outlets is an example, positive when both values fall on the mentions of one annotated value fact.
/// Events: every pair of sentences from two outlets, positive when both hold mentions of one annotated
/// item of any kind — event, value fact or quotation: the two sentences state the same thing. Quotes:
/// every pair of quotations from two outlets, positive when both fall on one annotated quotation.
enum TrainClaims {
    /// What is trained.
    enum Model { case claims, events, quotes }

    static func run(_ kind: Model, stories: String, gold: String, threshold: Double?, out: String) throws {
        let task = "train \(kind)"
        let names: [String]
        switch kind {
        case .claims: names = FactPairFeatures.names
        case .events: names = EventPairFeatures.names
        case .quotes: names = QuotePairFeatures.names
        }
        let clock = ContinuousClock()
        let started = clock.now
        var examples: [(features: [Double], label: Bool)] = []
        for story in try ClaimStories.read(stories: stories, gold: gold) {
            let analyzed = StoryAnalyzer().analyze(story.articles).articles
            let texts = Dictionary(analyzed.map { ($0.article.source, $0.article.text) }, uniquingKeysWith: { first, _ in first })
            let items: [ClaimGold.Item]
            let pairs: [FactPairExample]
            switch kind {
            case .claims:
                items = story.gold.valueFacts
                pairs = StoryReconciler().pairExamples(analyzed)
            case .events:
                items = story.gold.facts + (story.gold.quotes ?? [])
                pairs = StoryReconciler().eventAligner.pairExamples(analyzed)
            case .quotes:
                items = story.gold.quotes ?? []
                pairs = StoryReconciler().quotePairExamples(analyzed)
            }
            let facts = items.map { ClaimGold.places(of: $0, texts: texts, bodies: story.bodies).found }
            for pair in pairs {
                let first = analyzed[pair.first.article].article.source
                let second = analyzed[pair.second.article].article.source
                let label = facts.contains { places in
                    places.contains { $0.source == first && $0.span.overlaps(pair.first.span) }
                        && places.contains { $0.source == second && $0.span.overlaps(pair.second.span) }
                }
                examples.append((pair.features, label))
            }
            StandardError.print("\(task): \(story.gold.story): \(pairs.count) pairs")
        }
        let positives = examples.filter(\.label).count
        StandardError.print("\(task): \(examples.count) pairs, \(positives) on one annotated item")
        var model = FactPairTrainer().fit(examples, names: names)
        if let threshold { model.threshold = threshold }
        try TrainClaims.write(model, to: out)
        let weights = zip(names, model.weights).map { String(format: "%@ %.2f", $0, $1) }
        StandardError.print("wrote \(out): threshold \(model.threshold); \(weights.joined(separator: ", ")); wall \(clock.now - started)")
    }

    /// Writes `model` as sorted, indented JSON (stable bytes for the bundled resources).
    static func write(_ model: FactPairModel, to out: String) throws(CommandFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(model).write(to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
    }
}
