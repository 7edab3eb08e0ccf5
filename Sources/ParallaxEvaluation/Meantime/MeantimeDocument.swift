import ParallaxCore

/// One MEANTIME document rebuilt as text, with its gold PERSON mentions and their entities, its gold
/// named-entity mentions and its gold time expressions.
public struct MeantimeDocument: Sendable, Hashable {
    /// The document id.
    public var id: String
    /// The text: the headline, the date line and the body sentences, tokens joined by single spaces.
    public var text: String
    /// The document creation date, when given.
    public var creationDate: CalendarDate?
    /// The gold PERSON mentions (appositions and coordinations, which contain other mentions, left
    /// out), each with its gold instance id.
    public var people: [CorefMention]
    /// The gold mentions whose head is a name (syntactic type `NAM` or `PRE.NAM`), with their
    /// entity's type.
    public var names: [MeantimeName]
    /// The gold TIMEX3 annotations with a value, the creation time's own left out.
    public var timexes: [TimeMLTimex]
    /// Where the creation time is written in `text` (the date line), when it is annotated.
    public var creationSpan: TextSpan?
    /// The part of `text` annotated throughout: MEANTIME marks every time expression and named
    /// mention of the headline, the date line and the first four body sentences (`MeantimeReader.
    /// annotatedSentences`), and after them only mentions that corefer with earlier ones.
    public var annotatedSpan: TextSpan

    /// Creates a document.
    public init(
        id: String, text: String, creationDate: CalendarDate?, people: [CorefMention], names: [MeantimeName] = [],
        timexes: [TimeMLTimex] = [], creationSpan: TextSpan? = nil, annotatedSpan: TextSpan? = nil
    ) {
        self.id = id
        self.text = text
        self.creationDate = creationDate
        self.people = people
        self.names = names
        self.timexes = timexes
        self.creationSpan = creationSpan
        self.annotatedSpan = annotatedSpan ?? TextSpan(start: 0, end: text.unicodeScalars.count)
    }

    /// Whether `span` starts in the part of the text annotated throughout.
    public func isAnnotated(_ span: TextSpan) -> Bool { span.start >= annotatedSpan.start && span.start < annotatedSpan.end }

    /// The document as TimeML: its text, creation date and time expressions.
    public var timeML: TimeMLDocument {
        TimeMLDocument(id: id, creationValue: creationDate?.description, text: text, timexes: timexes)
    }
}
