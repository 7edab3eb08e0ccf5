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
        var score = ChunkScore()
        for document in documents {
            let input = document.taggerInput
            let predicted = model.labels(input, partsOfSpeech: partsOfSpeech?.tag(input))
            for (sentence, range) in zip(document.sentences, input.sentences) {
                score.add(gold: sentence.entities, guessed: EntityLabels.iob2(Array(predicted[range])))
            }
        }
        return score
    }
}
