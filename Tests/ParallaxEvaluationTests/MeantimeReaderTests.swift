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

    @Test func aTokenOutsideTheDocumentIsATypedError() {
        let bad = #"{"doc_id": "8", "sentences": ["One ."], "mentions": [{"tag": "ENTITY_MENTION", "t_ids": [9], "refers_to": {"instance_id": "P", "ent_type": "PER"}}]}"#
        #expect(throws: MeantimeFormatError.tokenOutOfRange(line: 1, token: 9)) {
            try MeantimeReader.documents(jsonLines: Data(bad.utf8))
        }
    }
}
