import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct TimeMLParserTests {
    /// A small TimeML document written for the tests.
    let tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-22" functionInDocument="CREATION_TIME">20250122</TIMEX3></DCT>
        <EXTRAINFO>stray &Cx1f; entity</EXTRAINFO>
        <TEXT>
        Xi &amp; Putin <EVENT eid="e1">spoke</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-01-21">on Tuesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT1H35M">an hour and 35 minutes</TIMEX3>.
        </TEXT>
        </TimeML>
        """

    @Test func readsTextTimexesAndCreationDate() throws {
        let document = try TimeMLParser.parseTML(Data(tml.utf8))
        #expect(document.id == "TEST001")
        #expect(document.creationValue == "2025-01-22")
        #expect(document.creationDate == CalendarDate(year: 2025, month: 1, day: 22))
        #expect(document.text == "\nXi & Putin spoke on Tuesday for an hour and 35 minutes.\n")
        #expect(document.timexes.map(\.value) == ["2025-01-21", "PT1H35M"])
        #expect(document.timexes.map(\.type) == ["DATE", "DURATION"])
        let scalars = Array(document.text.unicodeScalars)
        for timex in document.timexes {
            let text = String(String.UnicodeScalarView(scalars[timex.span.start..<timex.span.end]))
            #expect(["on Tuesday", "an hour and 35 minutes"].contains(text))
        }
    }

    @Test func compactCreationDates() {
        let document = TimeMLDocument(id: "x", creationValue: "19980108", text: "", timexes: [])
        #expect(document.creationDate == CalendarDate(year: 1998, month: 1, day: 8))
    }

    @Test func malformedDocumentsThrow() {
        #expect(throws: TimeMLParseError.missingText) { try TimeMLParser.parseTML(Data("<TimeML></TimeML>".utf8)) }
        let unclosed = "<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">Friday</TEXT>"
        #expect(throws: TimeMLParseError.unbalancedTag("TIMEX3")) { try TimeMLParser.parseTML(Data(unclosed.utf8)) }
    }

    @Test func readsJSONLinesAndReportsBadLines() {
        let lines = """
            {"docid": "D1", "dct": {"value": "2025-01-22"}, "text": "He left on Friday.", "timexes": [{"tid": "t1", "type": "DATE", "value": "2025-01-17", "start": 11, "end": 17}]}

            not json
            """
        let results = TimeMLParser.parseJSONLines(Data(lines.utf8))
        #expect(results.count == 2)
        guard case .success(let document) = results[0] else {
            Issue.record("first line should parse")
            return
        }
        #expect(document.id == "D1")
        #expect(document.timexes.first?.span == TextSpan(start: 11, end: 17))
        guard case .failure(let error) = results[1] else {
            Issue.record("third line should fail")
            return
        }
        #expect(error == .badJSONLine(3))
    }
}
