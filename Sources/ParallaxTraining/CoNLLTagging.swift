import ParallaxCore
import ParallaxEvaluation

/// Turns CoNLL-2003 documents into tagger training documents and tag sets (`CoNLLTaggerScorer` scores
/// the trained models).
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
}
