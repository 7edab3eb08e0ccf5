/// What a tagger model labels; it selects the feature set.
public enum TaggerTask: UInt8, Sendable, Hashable, CaseIterable {
    /// Penn Treebank part-of-speech tags.
    case partOfSpeech = 1
    /// Named entities as BILOU tags over CoNLL's PER, ORG, LOC, MISC.
    case namedEntities = 2

    /// The name used on the command line (`pos`, `ner`).
    public var name: String { self == .partOfSpeech ? "pos" : "ner" }
}
