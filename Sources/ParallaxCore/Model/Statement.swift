/// One clause's claim: who did what to whom, with its figures, times, place, source and modality.
///
/// Entities are cluster ids of the article's `EntityCluster`s; quantities and times are indices into
/// the article's `quantities` and `times`.
public struct Statement: Sendable, Hashable, Codable {
    /// The sentence the statement is read from (index into the article's sentences).
    public var sentence: Int
    /// The characters from the first participant (or the predicate) to the last.
    public var span: TextSpan
    /// The event word.
    public var predicate: Predicate
    /// Entities acting: the clause's subjects.
    public var subjects: [Int]
    /// Entities acted on or addressed.
    public var objects: [Int]
    /// Figures in the sentence.
    public var quantities: [Int]
    /// Time expressions in the sentence.
    public var times: [Int]
    /// Where it happened ("in Oslo"), when the sentence says.
    public var place: Int?
    /// Who the claim is attributed to (the speaker of the quote or report it sits in), when known.
    public var source: Int?
    /// Negated, hedged, conditional or future.
    public var modality: Modality

    /// Creates a statement.
    public init(
        sentence: Int, span: TextSpan, predicate: Predicate, subjects: [Int], objects: [Int], quantities: [Int] = [],
        times: [Int] = [], place: Int? = nil, source: Int? = nil, modality: Modality = .asserted
    ) {
        self.sentence = sentence
        self.span = span
        self.predicate = predicate
        self.subjects = subjects
        self.objects = objects
        self.quantities = quantities
        self.times = times
        self.place = place
        self.source = source
        self.modality = modality
    }

    /// Subjects and objects, each once, subjects first.
    public var participants: [Int] {
        var all = subjects
        for object in objects where !all.contains(object) { all.append(object) }
        return all
    }
}
