import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("PlainTextParser")
struct PlainTextParserTests {
    let parser = PlainTextParser()

    @Test("reads a date header on the same line as the body")
    func dateOnBodyLine() {
        let document = parser.parse("  date 2031-04-17 Harbour officials in Eastmere said the pier would close.\n")
        #expect(document.published == CalendarDate(year: 2031, month: 4, day: 17))
        #expect(document.body == "Harbour officials in Eastmere said the pier would close.")
        #expect(document.hasHeader)
    }

    @Test("reads date, title, source and url header lines in any order and case")
    func headerLines() {
        let text = """
            Title: Ferry contract delayed
            source: Eastmere Ledger
            URL: https://ledger.example/ferry
            Date: 2031-04-17T21:30:00Z

            EASTMERE — The council voted on Tuesday.
            """
        let document = parser.parse(text)
        #expect(document.title == "Ferry contract delayed")
        #expect(document.source == "Eastmere Ledger")
        #expect(document.url == "https://ledger.example/ferry")
        #expect(document.published == CalendarDate(year: 2031, month: 4, day: 17))
        #expect(document.dateline == "EASTMERE")
        #expect(document.body == "The council voted on Tuesday.")
    }

    @Test("reads lowercase headers without a colon")
    func headersWithoutColon() {
        let document = parser.parse("title Ferry contract delayed\nurl https://ledger.example/f\nThe council voted.")
        #expect(document.title == "Ferry contract delayed")
        #expect(document.url == "https://ledger.example/f")
        #expect(document.body == "The council voted.")
    }

    @Test("does not take body sentences for headers")
    func bodyNotHeader() {
        for text in [
            "Title IX funding was discussed.", "Sources close to the mayor said no.", "Date palms lined the road.",
            "date night at the cinema drew crowds.", "Dates: 2031-04-17 and later.", "date 2031-04-17x was odd.",
        ] {
            let document = parser.parse(text)
            #expect(document.body == text)
            #expect(!document.hasHeader)
            #expect(document.published == nil)
        }
    }

    @Test("takes a colon dateline and a dash dateline")
    func datelines() {
        #expect(parser.parse("NORTHPORT/EASTMERE: Two towns signed a pact.").dateline == "NORTHPORT/EASTMERE")
        let dashed = parser.parse("date 2031-04-17\nKORVIK — The shipyard reopened.")
        #expect(dashed.dateline == "KORVIK")
        #expect(dashed.body == "The shipyard reopened.")
    }

    @Test("leaves a capitalized opening sentence in the body")
    func noDatelineInSentence() {
        let document = parser.parse("The Mayor Of Eastmere: a profile of Ada Brill.")
        #expect(document.dateline == nil)
        #expect(document.body == "The Mayor Of Eastmere: a profile of Ada Brill.")
    }

    @Test("normalizes CRLF and CR to LF and trims trailing whitespace")
    func lineEndings() {
        let document = parser.parse("title: Storm\r\n\r\nThe storm passed.\r\nRoads reopened.\rSchools too.  \r\n\r\n")
        #expect(document.title == "Storm")
        #expect(document.body == "The storm passed.\nRoads reopened.\nSchools too.")
        #expect(PlainTextParser.normalizingLineEndings("a\r\n\r\nb\r") == "a\n\nb\n")
    }

    @Test("keeps the first of repeated headers")
    func repeatedHeaders() {
        let document = parser.parse("title: First\ntitle: Second\nBody.")
        #expect(document.title == "First")
        #expect(document.body == "Body.")
    }

    @Test("a header with no body leaves the body empty")
    func headerOnly() {
        let document = parser.parse("title: Nothing here\nsource: Ledger\n\n")
        #expect(document.body.isEmpty)
        #expect(document.hasHeader)
    }

    @Test("never guesses a title")
    func noTitleGuess() {
        #expect(parser.parse("Ferry contract delayed\n\nThe council voted on Tuesday.").title == nil)
    }
}
