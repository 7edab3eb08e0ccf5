import Testing

@testable import ParallaxCore

@Suite struct WeekdayResolverTests {
    let resolver = WeekdayResolver()
    /// Wednesday 22 January 2025.
    let wednesday = CalendarDate(iso: "2025-01-22") ?? CalendarDate(dayNumber: 0)

    func resolve(_ weekday: Int, _ reference: WeekdayResolver.Reference, future: Bool = false) -> String {
        resolver.resolve(weekday: weekday, reference: reference, isFuture: future, anchor: wednesday).description
    }

    @Test func bareWeekdaysIncludeTheDocumentDay() {
        #expect(resolve(5, .bare) == "2025-01-17")
        #expect(resolve(1, .bare) == "2025-01-20")
        #expect(resolve(3, .bare) == "2025-01-22")
        #expect(resolve(5, .bare, future: true) == "2025-01-24")
        #expect(resolve(3, .bare, future: true) == "2025-01-22")
        #expect(resolve(1, .bare, future: true) == "2025-01-27")
    }

    @Test func lastAndNextSkipTheDocumentDay() {
        #expect(resolve(3, .last) == "2025-01-15")
        #expect(resolve(3, .next) == "2025-01-29")
        #expect(resolve(5, .last) == "2025-01-17")
        #expect(resolve(5, .next) == "2025-01-24")
    }

    @Test func thisMeansTheDocumentWeek() {
        #expect(resolve(1, .this) == "2025-01-20")
        #expect(resolve(7, .this) == "2025-01-26")
    }

    func isFuture(_ text: String, weekday: String) -> Bool {
        let tokenized = TokenizedText(text)
        let tokens = KeyedTokens(tokenized)
        guard let index = tokenized.tokens.indices.first(where: { tokenized.text(ofToken: $0) == weekday }) else {
            return false
        }
        return resolver.isFutureMarked(index..<index + 1, in: tokens)
    }

    @Test func tenseCues() {
        #expect(isFuture("They will meet on Friday.", weekday: "Friday"))
        #expect(isFuture("They’ll meet on Friday.", weekday: "Friday"))
        #expect(isFuture("Talks are scheduled for Friday.", weekday: "Friday"))
        #expect(isFuture("It will be held on Friday.", weekday: "Friday"))
        #expect(isFuture("On Friday, they will sign.", weekday: "Friday"))
        #expect(!isFuture("They met on Friday.", weekday: "Friday"))
        #expect(!isFuture("He announced on Friday that he will run.", weekday: "Friday"))
        #expect(!isFuture("It was held on Friday.", weekday: "Friday"))
        #expect(!isFuture("Xi and Putin on Friday.", weekday: "Friday"))
        // A participle after a present copula is a state, not the past; "poised" looks ahead.
        #expect(isFuture("The marchers are poised on Friday to reach the border.", weekday: "Friday"))
        #expect(isFuture("The ferry is slated to sail on Friday, officials expect.", weekday: "Friday"))
        #expect(!isFuture("The marchers were gathered on Friday at the border.", weekday: "Friday"))
    }
}
