import ParallaxCore

/// A TimeML document reduced to what time evaluation needs: its text, its creation date and its
/// gold TIMEX3 annotations (the creation-time TIMEX3 itself is not one of them).
public struct TimeMLDocument: Sendable, Hashable {
    /// The document id (`DOCID`, or the JSONL `docid`).
    public var id: String
    /// The document creation time's TIMEX3 value as written (`1998-01-08`, `1998-08-07T06:18:00`); nil when absent.
    public var creationValue: String?
    /// The text that is annotated: the `TEXT` element with its tags removed and entities decoded.
    public var text: String
    /// Gold time expressions in `text`, in text order.
    public var timexes: [TimeMLTimex]

    /// Creates a document.
    public init(id: String, creationValue: String?, text: String, timexes: [TimeMLTimex]) {
        self.id = id
        self.creationValue = creationValue
        self.text = text
        self.timexes = timexes
    }

    /// The creation date as a day, the anchor for relative expressions; nil when absent or not a day.
    public var creationDate: CalendarDate? {
        guard let creationValue else { return nil }
        if let date = CalendarDate(iso: creationValue) { return date }
        // TimeBank also writes `19980108`.
        let digits = Array(creationValue.utf8.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let number = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return CalendarDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    }
}
