import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct MeantimeReaderTests {
    /// A project-written record in the MEANTIME JSON Lines shape.
    let record = #"""
        {"doc_id": "7", "dct": "2024-05-02", "sentences": ["Mill closes", "May 2 , 2024", "Owner Tom Baker said he was sad ."], "mentions": [{"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "text": "Tom Baker", "t_ids": [8, 9], "refers_to": {"instance_id": "PER1", "ent_type": "PER"}}, {"tag": "ENTITY_MENTION", "attrs": {}, "text": "he", "t_ids": [11], "refers_to": {"instance_id": "PER1", "ent_type": "PER"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "APP"}, "text": "Owner Tom Baker", "t_ids": [7, 8, 9], "refers_to": {"instance_id": "PER1", "ent_type": "PER"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "text": "Mill", "t_ids": [1], "refers_to": {"instance_id": "ORG1", "ent_type": "ORG"}}]}
        """#

    @Test func rebuildsTheTextAndPersonMentions() throws {
        let documents = try MeantimeReader.documents(jsonLines: Data(record.utf8))
        let document = try #require(documents.first)
        #expect(document.text == "Mill closes\n\nMay 2 , 2024\n\nOwner Tom Baker said he was sad .")
        #expect(document.creationDate == CalendarDate(iso: "2024-05-02"))
        let scalars = Array(document.text.unicodeScalars)
        let texts = document.people.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) }
        #expect(texts == ["Tom Baker", "he"])
        #expect(document.people.map(\.isPronoun) == [false, true])
    }

    /// A project-written record with time expressions, more sentences than MEANTIME annotates
    /// throughout, and a name of every scored kind.
    let timed = #"""
        {"doc_id": "9", "dct": "2024-05-02", "sentences": ["Mill closes", "May 2 , 2024", "The Acme mill in Ohio shut on Monday .", "Tom Baker said so .", "It had run for 40 years .", "German buyers left .", "Later it was sold on Friday ."], "mentions": [{"tag": "TIMEX3", "attrs": {"functionInDocument": "CREATION_TIME", "type": "DATE", "value": "2024-05-02"}, "t_ids": [3, 4, 5, 6]}, {"tag": "TIMEX3", "attrs": {"functionInDocument": "NONE", "type": "DATE", "value": "2024-04-29", "m_id": "t1"}, "t_ids": [13, 14]}, {"tag": "TIMEX3", "attrs": {"type": "DURATION", "value": "P40Y"}, "t_ids": [25, 26]}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "t_ids": [7, 8, 9], "refers_to": {"instance_id": "O1", "ent_type": "ORG"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NAM"}, "t_ids": [11], "refers_to": {"instance_id": "L1", "ent_type": "LOC"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "PRE.NAM"}, "t_ids": [28], "refers_to": {"instance_id": "L2", "ent_type": "LOC"}}, {"tag": "ENTITY_MENTION", "attrs": {"syntactic_type": "NOM"}, "t_ids": [29], "refers_to": {"instance_id": "P2", "ent_type": "PER"}}]}
        """#

    @Test func readsTimeExpressionsNamesAndTheAnnotatedPart() throws {
        let document = try #require(try MeantimeReader.documents(jsonLines: Data(timed.utf8)).first)
        let scalars = Array(document.text.unicodeScalars)
        func text(_ span: TextSpan) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        // The creation time is the date line, not one of the expressions.
        #expect(document.creationSpan.map(text) == "May 2 , 2024")
        #expect(document.timexes.map { text($0.span) } == ["on Monday", "40 years"])
        #expect(document.timexes.map(\.value) == ["2024-04-29", "P40Y"])
        #expect(document.timeML.creationDate == CalendarDate(iso: "2024-05-02"))
        // Named mentions only (the NOM "buyers" is not one), with their types.
        #expect(document.names.map { text($0.span) } == ["The Acme mill", "Ohio", "German"])
        #expect(document.names.map(\.type) == ["ORG", "LOC", "LOC"])
        // Headline, date line and four body sentences are annotated throughout; the seventh is not.
        let annotated = text(document.annotatedSpan)
        #expect(annotated.hasSuffix("German buyers left ."))
        #expect(!annotated.contains("Later"))
        #expect(MeantimeReader.isMeantime(Data(timed.utf8)))
        #expect(!MeantimeReader.isMeantime(Data(#"{"docid": "x", "text": "y"}"#.utf8)))
        #expect(!MeantimeReader.isMeantime(Data([0xFF, 0xFE, 0x00])))
    }

    @Test func namesAreScoredByOverlapAndType() {
        let gold = [
            MeantimeName(span: TextSpan(start: 0, end: 13), type: "ORG"),  // "The Acme mill"
            MeantimeName(span: TextSpan(start: 20, end: 24), type: "LOC"),
            MeantimeName(span: TextSpan(start: 30, end: 36), type: "PRO"),
            MeantimeName(span: TextSpan(start: 40, end: 49), type: "PER"),
        ]
        let system: [(span: TextSpan, type: String)] = [
            (TextSpan(start: 4, end: 8), "ORG"),  // "Acme" inside the gold extent: right
            (TextSpan(start: 9, end: 13), "ORG"),  // a second name on the same gold mention: wrong
            (TextSpan(start: 20, end: 24), "PER"),  // the right place, the wrong type: wrong
            (TextSpan(start: 30, end: 36), "ORG"),  // a product named as an organization: left out
            (TextSpan(start: 60, end: 64), "LOC"),  // overlaps nothing: wrong
        ]
        let counts = MeantimeNameScorer.score(gold: gold, system: system)
        #expect(counts["ORG"]?.correct == 1)
        #expect(counts["ORG"]?.guessed == 2)
        #expect(counts["ORG"]?.gold == 1)
        #expect(counts["PER"]?.guessed == 1)
        #expect(counts["PER"]?.correct == 0)
        #expect(counts["PER"]?.gold == 1)
        #expect(counts["LOC"]?.gold == 1)
        #expect(counts["LOC"]?.guessed == 1)
        #expect(MeantimeNameScorer.meantimeType(of: .nationality) == "LOC")
        #expect(MeantimeNameScorer.meantimeType(of: .miscellaneous) == nil)
    }

    @Test func aTokenOutsideTheDocumentIsATypedError() {
        let bad = #"{"doc_id": "8", "sentences": ["One ."], "mentions": [{"tag": "ENTITY_MENTION", "t_ids": [9], "refers_to": {"instance_id": "P", "ent_type": "PER"}}]}"#
        #expect(throws: MeantimeFormatError.tokenOutOfRange(line: 1, token: 9)) {
            try MeantimeReader.documents(jsonLines: Data(bad.utf8))
        }
    }
}
