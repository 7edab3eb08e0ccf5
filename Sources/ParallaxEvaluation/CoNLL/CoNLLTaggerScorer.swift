import ParallaxCore

/// Scores trained taggers on CoNLL-2003 documents: POS token accuracy and conlleval entity F1.
public enum CoNLLTaggerScorer {
    /// Scores the POS model on `documents`: (correct, total) tokens.
    public static func scorePartsOfSpeech(_ model: PerceptronTagger, on documents: [CoNLLDocument]) -> (correct: Int, total: Int) {
        var correct = 0
        var total = 0
        for document in documents {
            let predicted = model.labels(document.taggerInput)
            let gold = document.sentences.flatMap(\.partsOfSpeech)
            total += gold.count
            correct += zip(gold, predicted).filter { $0 == $1 }.count
        }
        return (correct, total)
    }

    /// Scores the entity model (with POS features from `partsOfSpeech`) on `documents`, conlleval style.
    /// Predictions are converted to IOB2 before comparison with the gold labels.
    public static func scoreEntities(
        _ model: PerceptronTagger, partsOfSpeech: PerceptronTagger?, on documents: [CoNLLDocument]
    ) -> ChunkScore {
        scoreEntities(guessed: entityLabels(model, partsOfSpeech: partsOfSpeech, on: documents), on: documents)
    }

    /// The entity model's labels for `documents` in IOB2: per document, per sentence, per word.
    public static func entityLabels(
        _ model: PerceptronTagger, partsOfSpeech: PerceptronTagger?, on documents: [CoNLLDocument]
    ) -> [[[String]]] {
        documents.map { document in
            let input = document.taggerInput
            let predicted = model.labels(input, partsOfSpeech: partsOfSpeech?.tag(input))
            return input.sentences.map { EntityLabels.iob2(Array(predicted[$0])) }
        }
    }

    /// Scores labels from `entityLabels` against the gold labels of `documents`, conlleval style.
    public static func scoreEntities(guessed: [[[String]]], on documents: [CoNLLDocument]) -> ChunkScore {
        var score = ChunkScore()
        for (document, labels) in zip(documents, guessed) {
            for (sentence, sentenceLabels) in zip(document.sentences, labels) {
                score.add(gold: sentence.entities, guessed: sentenceLabels)
            }
        }
        return score
    }
}
