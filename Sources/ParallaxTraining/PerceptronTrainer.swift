import ParallaxCore
import ParallaxEvaluation

import Foundation

/// Trains a `PerceptronTagger` with the averaged perceptron, weights averaged over all updates.
///
/// With `beamWidth` 1: greedy decoding with the model's own previous predictions and an update on
/// every wrong token. Wider: beam search over each sentence with early update (`BeamDecoder`), so the
/// weights score whole tag sequences; the model is then decoded with the same beam.
public struct PerceptronTrainer: Sendable {
    /// What to label.
    public var task: TaggerTask
    /// The labels.
    public var tagSet: TagSet
    /// log2 of the feature bucket count.
    public var bucketBits: Int
    /// Passes over the training documents.
    public var epochs: Int
    /// Seed of the document shuffle.
    public var seed: UInt64
    /// The most non-zero weights the quantized model keeps (≈ 3 bytes each in the file).
    public var maxWeights: Int
    /// Word classes whose features the model reads, if any.
    public var clusters: WordClusters?
    /// Partial sequences the decoder keeps per token, in training and in the model (1: greedy).
    public var beamWidth: Int = 1

    /// Creates a trainer.
    public init(task: TaggerTask, tagSet: TagSet, bucketBits: Int = 20, epochs: Int = 10, seed: UInt64 = 1, maxWeights: Int = 1_250_000, clusters: WordClusters? = nil, beamWidth: Int = 1) {
        self.beamWidth = max(beamWidth, 1)
        self.task = task
        self.tagSet = tagSet
        self.bucketBits = bucketBits
        self.epochs = epochs
        self.seed = seed
        self.maxWeights = maxWeights
        self.clusters = clusters
    }

    /// Trains on `documents`, scoring `dev` after each epoch and reporting through `progress`.
    public func train(
        _ documents: [TrainingDocument], dev: [TrainingDocument] = [], progress: (EpochReport) -> Void = { _ in }
    ) -> PerceptronTagger {
        let tagCount = tagSet.count
        let size = (1 << bucketBits) * tagCount
        let decoder = GreedyDecoder(tagSet: tagSet, task: task, bucketBits: bucketBits)
        let beam = BeamDecoder(base: decoder, width: beamWidth)
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: size)
        let updates = UnsafeMutableBufferPointer<Double>.allocate(capacity: size)
        let averaged = UnsafeMutableBufferPointer<Float>.allocate(capacity: size)
        weights.initialize(repeating: 0)
        updates.initialize(repeating: 0)
        averaged.initialize(repeating: 0)
        defer {
            weights.deallocate()
            updates.deallocate()
            averaged.deallocate()
        }
        let features = documents.map {
            StaticFeatures(input: $0.input, task: task, partsOfSpeech: $0.partsOfSpeech, clusters: clusters, mask: decoder.mask)
        }
        let devFeatures = dev.map {
            StaticFeatures(input: $0.input, task: task, partsOfSpeech: $0.partsOfSpeech, clusters: clusters, mask: decoder.mask)
        }
        var clock: Double = 1
        var order = Array(documents.indices)
        var random = SplitMix64(seed: seed)
        guard let weightBase = weights.baseAddress, let updateBase = updates.baseAddress, let averageBase = averaged.baseAddress else {
            return PerceptronTagger(task: task, tagSet: tagSet, bucketBits: bucketBits, weights: [], scale: 1)
        }
        func average() {
            for index in 0..<size { averageBase[index] = weightBase[index] - Float(updateBase[index] / clock) }
        }
        for epoch in 1...max(epochs, 1) {
            let started = Date()
            order.shuffle(using: &random)
            var errors = 0
            var tokens = 0
            for index in order where beamWidth > 1 {
                let gold = documents[index].gold
                let predicted = beam.decode(
                    features[index], sentences: documents[index].input.sentences,
                    tokenCount: documents[index].input.tokens.count, weights: UnsafePointer(weightBase), gold: gold
                ) { _, buckets, tag, sign in
                    for bucket in buckets {
                        let at = Int(bucket) * tagCount + tag
                        weightBase[at] += sign
                        updateBase[at] += Double(sign) * clock
                    }
                }
                tokens += predicted.count
                errors += zip(predicted, gold).filter { $0 != $1 }.count
                clock += Double(predicted.count)
            }
            for index in order where beamWidth == 1 {
                let gold = documents[index].gold
                _ = decoder.decode(
                    features[index], sentences: documents[index].input.sentences,
                    tokenCount: documents[index].input.tokens.count, weights: UnsafePointer(weightBase)
                ) { token, buckets, predicted in
                    tokens += 1
                    let truth = token < gold.count ? Int(gold[token]) : 0
                    if truth != predicted {
                        errors += 1
                        for bucket in buckets {
                            let row = Int(bucket) * tagCount
                            weightBase[row + truth] += 1
                            weightBase[row + predicted] -= 1
                            updateBase[row + truth] += clock
                            updateBase[row + predicted] -= clock
                        }
                    }
                    clock += 1
                }
            }
            average()
            var score: Double?
            if !dev.isEmpty {
                score = Self.score(
                    task: task, tagSet: tagSet, dev: dev,
                    predictions: dev.indices.map {
                        beamWidth > 1 ? beam.decode(
                            devFeatures[$0], sentences: dev[$0].input.sentences,
                            tokenCount: dev[$0].input.tokens.count, weights: UnsafePointer(averageBase))
                        : decoder.decode(
                            devFeatures[$0], sentences: dev[$0].input.sentences,
                            tokenCount: dev[$0].input.tokens.count, weights: UnsafePointer(averageBase))
                    })
            }
            progress(EpochReport(
                epoch: epoch, trainingErrors: errors, trainingTokens: tokens, devScore: score,
                seconds: Date().timeIntervalSince(started)))
        }
        return PerceptronTagger(
            task: task, tagSet: tagSet, bucketBits: bucketBits, floatWeights: UnsafeBufferPointer(averaged),
            maxWeights: maxWeights, clusters: clusters, beamWidth: beamWidth)
    }

    /// Entity F1 (entities) or token accuracy (POS) of `predictions` against `dev`'s gold tags.
    public static func score(task: TaggerTask, tagSet: TagSet, dev: [TrainingDocument], predictions: [[UInt16]]) -> Double {
        var chunks = ChunkScore()
        var correct = 0
        var total = 0
        for (document, predicted) in zip(dev, predictions) {
            for sentence in document.input.sentences {
                let gold = sentence.map { Int(document.gold[$0]) }
                let guess = sentence.map { Int(predicted[$0]) }
                total += gold.count
                correct += zip(gold, guess).filter { $0 == $1 }.count
                if task == .namedEntities {
                    chunks.add(gold: gold.map { tagSet.names[$0] }, guessed: guess.map { tagSet.names[$0] })
                }
            }
        }
        if task == .namedEntities { return chunks.overall.f1 }
        return total == 0 ? 0 : Double(correct) / Double(total)
    }
}
