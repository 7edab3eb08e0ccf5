import ParallaxCore

/// One MEANTIME document rebuilt as text, with its gold PERSON mentions and their entities.
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

    /// Creates a document.
    public init(id: String, text: String, creationDate: CalendarDate?, people: [CorefMention]) {
        self.id = id
        self.text = text
        self.creationDate = creationDate
        self.people = people
    }
}
