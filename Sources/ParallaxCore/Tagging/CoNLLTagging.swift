/// Turns CoNLL-2003 documents into tagger training documents and tag sets, and tags them.
public enum CoNLLTagging {
    /// The POS tag set of `documents` (column 2), sorted.
    public static func partOfSpeechTags(_ documents: [CoNLLDocument]) -> TagSet {
        var tags = Set<String>()
        for document in documents { for sentence in document.sentences { tags.formUnion(sentence.partsOfSpeech) } }
        return TagSet(names: tags.sorted())
    }

    /// The BILOU tag set over the entity types of `documents` (last column), types sorted.
    public static func entityTags(_ documents: [CoNLLDocument]) -> TagSet {
        var types = Set<String>()
        for document in documents {
            for sentence in document.sentences {
                for label in sentence.entities {
                    let type = EntityLabels.split(label).type
                    if !type.isEmpty { types.insert(type) }
                }
            }
        }
        return TagSet.bilou(types: types.sorted())
    }

    /// Training documents with gold POS tags; tags not in `tagSet` become tag 0.
    public static func partOfSpeechDocuments(_ documents: [CoNLLDocument], tagSet: TagSet) -> [TrainingDocument] {
        let index = Dictionary(tagSet.names.enumerated().map { ($1, UInt16($0)) }, uniquingKeysWith: { a, _ in a })
        return documents.map { document in
            TrainingDocument(
                input: document.taggerInput,
                gold: document.sentences.flatMap { $0.partsOfSpeech.map { index[$0] ?? 0 } })
        }
    }

    /// Training documents with gold BILOU entity tags, and POS features from `partsOfSpeech`.
    public static func entityDocuments(
        _ documents: [CoNLLDocument], tagSet: TagSet, partsOfSpeech: PerceptronTagger?
    ) -> [TrainingDocument] {
        let index = Dictionary(tagSet.names.enumerated().map { ($1, UInt16($0)) }, uniquingKeysWith: { a, _ in a })
        return documents.map { document in
            let input = document.taggerInput
            return TrainingDocument(
                input: input,
                gold: document.sentences.flatMap { EntityLabels.bilou($0.entities).map { index[$0] ?? 0 } },
                partsOfSpeech: partsOfSpeech?.tag(input))
        }
    }

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
