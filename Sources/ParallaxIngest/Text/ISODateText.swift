import ParallaxCore

/// Reads the dates inputs give: `YYYY-MM-DD`, or a full ISO 8601 timestamp whose date part is taken.
enum ISODateText {
    /// The day `text` names, or nil when it is not an ISO date or timestamp.
    static func parse(_ text: some StringProtocol) -> CalendarDate? {
        let trimmed = text.drop(while: \.isWhitespace)
        let head = trimmed.prefix(10)
        guard PlainTextParser.isISODate(Substring(head)) else { return nil }
        let tail = trimmed.dropFirst(10)
        if let next = tail.first, next != "T", next != "t", next != " ", !next.isWhitespace { return nil }
        return CalendarDate(iso: head)
    }
}
